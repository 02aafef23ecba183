package ai.trae.content.publishing.deliveryapi;

import java.util.List;
import java.util.UUID;

/**
 * One delivery answer as cached: its JSON, its strong ETag (SHA-256 of those bytes), its surrogate
 * keys, and the items it shows (what invalidates it).
 *
 * @param list a page of items, which any publish may change
 */
public record Rendered(
    byte[] body, String etag, String surrogateKeys, List<UUID> itemIds, boolean list) {

  public Rendered {
    itemIds = List.copyOf(itemIds);
  }
}
