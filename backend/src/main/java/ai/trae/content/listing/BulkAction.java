package ai.trae.content.listing;

import java.util.Arrays;
import java.util.Optional;

/** What a bulk call does to each of its items. */
public enum BulkAction {
  ARCHIVE("archive"),
  TRASH("trash"),
  TAG("tag"),
  UNTAG("untag"),
  ASSIGN("assign");

  private final String value;

  BulkAction(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<BulkAction> parse(String value) {
    return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
  }
}
