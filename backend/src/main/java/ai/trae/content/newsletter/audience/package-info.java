/** Lists, subscribers, their import, signup and confirmation, and suppressed addresses. */
@NullMarked
package ai.trae.content.newsletter.audience;

import org.jspecify.annotations.NullMarked;
