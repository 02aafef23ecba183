package ai.trae.content.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for HTML made from user text (docs/security.md): structure, formatting, code,
 * tables, links and images. Links may go to http(s), mailto or relative addresses and always carry
 * rel="nofollow noopener"; images load only from http(s) or relative addresses; task-list
 * checkboxes are kept, disabled. Nothing else survives: no script, style, iframe, object, form,
 * event handler, style attribute, or javascript:/data: URL.
 */
final class HtmlPolicy {

  // http(s), or no scheme at all (a colon before the first slash, ? or # would start one)
  private static final Pattern HTTP_OR_RELATIVE =
      Pattern.compile("(?is)(?:https?://|[^:/?#]*(?:[/?#]|$)).*");
  private static final Pattern ALIGN = Pattern.compile("(?i)left|center|right");
  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "ul",
              "ol",
              "li",
              "pre",
              "code",
              "em",
              "strong",
              "b",
              "i",
              "del",
              "s",
              "sub",
              "sup",
              "kbd",
              "mark",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowAttributes("start")
          .matching(Pattern.compile("\\d{1,9}"))
          .onElements("ol")
          .allowAttributes("align")
          .matching(ALIGN)
          .onElements("th", "td")
          .allowAttributes("class")
          .matching(CODE_LANGUAGE)
          .onElements("code")
          .allowStandardUrlProtocols()
          .allowAttributes("href", "title")
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener")
          .allowAttributes("src")
          .matching(HTTP_OR_RELATIVE)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .allowAttributes("type")
          .matching(Pattern.compile("checkbox"))
          .onElements("input")
          .allowAttributes("checked")
          .onElements("input")
          .allowElements(HtmlPolicy::disabledCheckbox, "input")
          .toFactory();

  private HtmlPolicy() {}

  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }

  /** Only a checkbox may stay, and only as a disabled one: a preview is not a form. */
  private static @Nullable String disabledCheckbox(String element, List<String> attributes) {
    boolean checkbox = false;
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals("type")
          && attributes.get(i + 1).toLowerCase(Locale.ROOT).equals("checkbox")) {
        checkbox = true;
      }
    }
    if (!checkbox) {
      return null;
    }
    attributes.add("disabled");
    attributes.add("disabled");
    return element;
  }
}
