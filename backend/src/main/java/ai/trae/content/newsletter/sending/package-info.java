/** Editions, their recipients, the batched sender job, the mail itself and its tracked links. */
@NullMarked
package ai.trae.content.newsletter.sending;

import org.jspecify.annotations.NullMarked;
