package ai.trae.content.search;

import org.springframework.web.util.HtmlUtils;

/**
 * ts_headline's output as HTML: everything escaped, then only the sentinels the query put around
 * matches turned into marks, so whatever the text holds (tags, entities, quotes) stays text.
 */
final class Highlights {

  private Highlights() {}

  static String toHtml(String highlighted) {
    return HtmlUtils.htmlEscape(highlighted, "UTF-8")
        .replace(String.valueOf(ContentSearch.START), "<mark>")
        .replace(String.valueOf(ContentSearch.STOP), "</mark>");
  }
}
