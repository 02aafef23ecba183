package ai.trae.content.item;

/**
 * How the API shows an item to one caller. A lost update's 412 carries the stored item in this
 * shape, so the client can merge without another read; the web layer provides it, and the service
 * never depends on the web layer's records.
 */
public interface ItemView {

  Object show(ContentItem item, Editor editor);
}
