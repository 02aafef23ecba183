package ai.trae.content.item.web;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemView;
import ai.trae.identity.People;
import org.springframework.stereotype.Component;

/** Shows an item in a lost update's 412 exactly as a read would. */
@Component
class ItemResponses implements ItemView {

  private final People people;

  ItemResponses(People people) {
    this.people = people;
  }

  @Override
  public ItemResponse show(ContentItem item, Editor editor) {
    return ItemResponse.from(item, people, editor);
  }
}
