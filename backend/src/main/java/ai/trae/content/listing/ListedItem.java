package ai.trae.content.listing;

import ai.trae.content.item.ContentItem;

/**
 * An item as a list shows it: the stored item without its body, variants, sections or SEO (a list
 * never reads them), and the body's first words as plain text.
 */
public record ListedItem(ContentItem item, String snippet) {}
