/** Full-text and typo-tolerant search over content items. */
@NullMarked
package ai.trae.content.search;

import org.jspecify.annotations.NullMarked;
