package ai.trae.content.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SQL text with its bound values, built in order. Every value the caller sent is a parameter; only
 * column names and directions picked from enums are ever part of the text.
 */
final class Sql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  Sql append(String fragment, Object... values) {
    text.append(fragment);
    params.addAll(Arrays.asList(values));
    return this;
  }

  Sql append(Sql other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  String text() {
    return text.toString();
  }

  List<Object> params() {
    return params;
  }
}
