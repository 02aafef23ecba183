/**
 * Import and export: items as Markdown files with YAML front matter, zipped as {@code
 * <type>/<slug>.md}. Imports create items through the item service (source import), so each gets
 * its first version like any other write.
 */
@NullMarked
package ai.trae.content.transfer;

import org.jspecify.annotations.NullMarked;
