package ai.trae.content.listing;

import java.util.Arrays;
import java.util.Optional;

/** What a list is ordered by; the id breaks ties, so every order is total and pages never skip. */
public enum ListSort {
  UPDATED("updated", "updated_at"),
  CREATED("created", "created_at"),
  /** never-published items come last, whichever the direction */
  PUBLISHED("published", "published_at"),
  TITLE("title", "title");

  private final String value;
  private final String column;

  ListSort(String value, String column) {
    this.value = value;
    this.column = column;
  }

  public String value() {
    return value;
  }

  String column() {
    return column;
  }

  public static Optional<ListSort> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }

  /** The direction; {@code desc} is the default. */
  public enum Order {
    ASC,
    DESC;

    public static Optional<Order> parse(String value) {
      return switch (value) {
        case "asc" -> Optional.of(ASC);
        case "desc" -> Optional.of(DESC);
        default -> Optional.empty();
      };
    }
  }
}
