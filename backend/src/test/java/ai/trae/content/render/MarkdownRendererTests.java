package ai.trae.content.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTests {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersCommonMarkAndGfm() {
    String html =
        renderer.toHtml(
            """
            # Title

            Some *em*, **strong**, `code` and ~~gone~~.

            | a | b |
            |:--|--:|
            | 1 | 2 |

            - [x] done
            - [ ] todo

            Visit https://example.com or www.example.org.

            ```java
            int x = 1 < 2;
            ```

            ![cat](https://img.example.com/cat.png "Cat") ![rel](images/dog.png)

            [link](https://example.com/page "Page")
            """);

    assertThat(html)
        .contains("<h1>Title</h1>")
        .contains("<em>em</em>", "<strong>strong</strong>", "<code>code</code>", "<del>gone</del>")
        .contains("<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>")
        .contains("<input type=\"checkbox\" checked=\"\" disabled=\"disabled\" /> done")
        .contains("<input type=\"checkbox\" disabled=\"disabled\" /> todo")
        // the sanitizer joins rel values in no fixed order
        .containsPattern(
            "<a href=\"https://example.com\" rel=\"(nofollow noopener|noopener nofollow)\">"
                + "https://example.com</a>")
        .containsPattern(
            "<a href=\"http://www.example.org\" rel=\"(nofollow noopener|noopener nofollow)\">")
        .contains("<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;")
        .contains("<img src=\"https://img.example.com/cat.png\" alt=\"cat\" title=\"Cat\" />")
        .contains("<img src=\"images/dog.png\" alt=\"rel\" />")
        .containsPattern(
            "<a href=\"https://example.com/page\" title=\"Page\""
                + " rel=\"(nofollow noopener|noopener nofollow)\">link</a>");
  }

  @Test
  void emptyIsEmpty() {
    assertThat(renderer.toHtml("")).isEmpty();
  }

  @Test
  void keepsHarmlessInlineHtml() {
    assertThat(renderer.toHtml("a <kbd>Ctrl</kbd> b <sup>2</sup>"))
        .contains("<kbd>Ctrl</kbd>", "<sup>2</sup>");
  }

  /** Each rendered harmless: no script, handler, frame, style or script URL survives. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](jav&#x61;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<javascript:alert(1)>",
        "javascript:alert(1)",
        "<svg onload=alert(1)><circle/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=p type=password></form>",
        "<input type=\"text\" onfocus=\"alert(1)\" autofocus>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{display:none}</style>",
        "<div onclick=\"alert(1)\">x</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "**<img src=x onerror=alert(1)>**",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
        "<details open ontoggle=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<!--<script>alert(1)//-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
        "- [x] <script>alert(1)</script>",
        "<a href=\"https://ok.example\" target=\"_blank\" onmouseover=\"alert(1)\">x</a>",
        "<img src=\"https://ok.example/a.png\" srcset=\"javascript:alert(1)\">",
        "<video><source onerror=\"alert(1)\"></video>",
        "<body onload=alert(1)>",
        "<x onpointerenter=alert(1)>x</x>"
      })
  void hostileMarkdownIsRenderedHarmless(String markdown) {
    String html = renderer.toHtml(markdown).toLowerCase(Locale.ROOT);

    assertThat(html)
        .doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<form", "<style")
        .doesNotContain("<meta", "<base", "<link", "<math", "<video", "<source", "<body")
        .doesNotContainPattern("(href|src)=\"[^\"]*(javascript|vbscript|data):")
        .doesNotContain("style=", "srcset=", "target=", "<details")
        .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
        .doesNotContainPattern("<input(?![^>]*type=\"checkbox\"[^>]*disabled)");
  }
}
