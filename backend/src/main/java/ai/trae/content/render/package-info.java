/**
 * Markdown to safe HTML: one renderer and one sanitizer policy for every place TRAE shows user text
 * as HTML (previews, review pages, and later delivery and feeds).
 */
@NullMarked
package ai.trae.content.render;

import org.jspecify.annotations.NullMarked;
