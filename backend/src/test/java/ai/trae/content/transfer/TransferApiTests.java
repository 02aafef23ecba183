package ai.trae.content.transfer;

import static ai.trae.content.ContentFixtures.editor;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Section;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.item.ItemContent.Variant;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.content.item.VersionSource;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Export and import over HTTP: the round trip, foreign front matter, bad files, hostile zips. */
@IntegrationTest
class TransferApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;

  Api api;
  String token;
  Editor editor;

  @BeforeEach
  void setUp() {
    api = new Api(http);
    token = accounts.tokenFor("EDITOR");
    editor = editor(api.idOf(token), false);
  }

  @Test
  void exportThenImportIntoAnEmptyInstanceKeepsEveryFieldAndVariant() {
    UUID coAuthor = api.idOf(accounts.tokenFor("AUTHOR"));
    String unique = UUID.randomUUID().toString().substring(0, 8);
    List<ContentItem> originals =
        List.of(
            create(
                ContentType.ARTICLE,
                ContentStatus.DRAFT,
                new ItemContent(
                    "Round trip: \"quotes\", yes & no " + unique,
                    "round-trip-" + unique,
                    "A summary\nover two lines",
                    "# Heading\n\nBody with **bold**, a table\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                    List.of("launch", "true", "42"),
                    UUID.randomUUID(),
                    new Seo("Meta", "Described: here", "https://example.test/a?b=c#d"),
                    List.of("blog", "bluesky"),
                    List.of(
                        new Variant("bluesky", null, "Short text\n\nwith a second paragraph  "),
                        new Variant("linkedin", "LinkedIn title", "Long text")),
                    null,
                    List.of(),
                    List.of(coAuthor)),
                null),
            create(
                ContentType.VIDEO_SCRIPT,
                ContentStatus.IDEA,
                new ItemContent(
                    "Script " + unique,
                    "",
                    "Plan",
                    "",
                    List.of(),
                    null,
                    Seo.NONE,
                    List.of(),
                    List.of(),
                    null,
                    List.of(new Section("Intro", "Say hi"), new Section("Outro", "")),
                    List.of()),
                null),
            create(
                ContentType.NEWSLETTER,
                ContentStatus.PUBLISHED,
                new ItemContent(
                    "Letter " + unique,
                    "",
                    null,
                    "Dear reader",
                    List.of("news"),
                    null,
                    Seo.NONE,
                    List.of(),
                    List.of(),
                    "Subject line",
                    List.of(),
                    List.of()),
                Instant.parse("2025-03-04T05:06:07.123456Z")));

    String ids = String.join("&", originals.stream().map(i -> "id=" + i.id()).toList());
    HttpResponse<byte[]> exported =
        http.getBytes("/api/v1/content/export?" + ids, Accounts.bearer(token));
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, String> files = Uploads.unzip(exported.body());
    assertThat(files.keySet())
        .containsExactly(
            "article/round-trip-" + unique + ".md",
            "video-script/script-" + unique + ".md",
            "newsletter/letter-" + unique + ".md");
    assertThat(files.get("newsletter/letter-" + unique + ".md"))
        .contains("subject: \"Subject line\"");

    for (ContentItem item : originals) {
      items.trash(item.id(), editor);
      items.delete(item.id(), editor);
    }
    HttpResponse<String> imported = Uploads.upload(http, token, "export.zip", exported.body());

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode result = Http.json(imported);
    assertThat(result.get("failed")).isEmpty();
    assertThat(result.get("imported")).hasSize(3);
    for (int i = 0; i < originals.size(); i++) {
      ContentItem before = originals.get(i);
      JsonNode entry = result.get("imported").get(i);
      ContentItem after = items.get(UUID.fromString(entry.get("id").asString()));
      assertThat(entry.get("file").asString()).isEqualTo(MarkdownFiles.path(before));
      assertThat(after.content()).isEqualTo(before.content());
      assertThat(after.type()).isEqualTo(before.type());
      assertThat(after.status()).isEqualTo(before.status());
      assertThat(after.authorId()).isEqualTo(before.authorId());
      assertThat(after.createdAt()).isEqualTo(before.createdAt());
      assertThat(after.publishedAt()).isEqualTo(before.publishedAt());
      assertThat(sources(after.id())).containsExactly("import");
    }
  }

  @Test
  void hugoJekyllAndAstroFrontMatterIsUnderstood() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "content/posts/hugo-" + unique + "/index.md",
        """
        ---
        title: "Hugo post"
        date: 2024-01-15T10:00:00+01:00
        draft: true
        description: "What it is about"
        tags: ["go", "static"]
        categories: ["Web"]
        ---

        Hugo body
        """);
    files.put(
        "_posts/2024-02-01-jekyll-" + unique + ".md",
        """
        ---
        layout: post
        title: Jekyll post
        date: 2024-02-01 09:30:00 +0000
        tags: ruby blogging
        ---
        Jekyll body
        """);
    files.put(
        "src/content/blog/astro-" + unique + ".md",
        """
        ---
        title: 'Astro post'
        pubDate: 2024-03-01
        description: Astro summary
        ---
        Astro body
        """);

    JsonNode result = Http.json(Uploads.upload(http, token, "site.zip", Uploads.zip(files)));

    assertThat(result.get("failed")).isEmpty();
    ContentItem hugo = imported(result, 0);
    assertThat(hugo.type()).isEqualTo(ContentType.BLOG_POST);
    assertThat(hugo.status()).isEqualTo(ContentStatus.DRAFT);
    assertThat(hugo.content().slug()).isEqualTo("hugo-" + unique);
    assertThat(hugo.content().summary()).isEqualTo("What it is about");
    assertThat(hugo.content().tags()).containsExactly("go", "static", "Web");
    assertThat(hugo.content().body()).isEqualTo("Hugo body\n");
    assertThat(hugo.createdAt()).isEqualTo(Instant.parse("2024-01-15T09:00:00Z"));
    assertThat(hugo.publishedAt()).isNull();
    ContentItem jekyll = imported(result, 1);
    assertThat(jekyll.content().slug()).isEqualTo("jekyll-" + unique);
    assertThat(jekyll.status()).isEqualTo(ContentStatus.PUBLISHED);
    assertThat(jekyll.publishedAt()).isEqualTo(Instant.parse("2024-02-01T09:30:00Z"));
    assertThat(jekyll.content().tags()).containsExactly("ruby", "blogging");
    ContentItem astro = imported(result, 2);
    assertThat(astro.content().summary()).isEqualTo("Astro summary");
    assertThat(astro.publishedAt()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
  }

  @Test
  void badFilesAreReportedByNameAndLineAndTheRestImported() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("good.md", "---\ntitle: Good one\n---\nFine\n");
    files.put("broken-yaml.md", "---\ntitle: Broken\ntags: [unclosed\nslug: x\n---\nBody\n");
    files.put("no-title.md", "---\nsummary: none\n---\nBody\n");
    files.put("long-title.md", "---\nsummary: ok\ntitle: " + "x".repeat(300) + "\n---\nBody\n");
    files.put("bad-date.md", "---\ntitle: Dated\n\ndate: someday\n---\n");
    files.put("plain.md", "Just text, no front matter\n");
    files.put("../escape.md", "---\ntitle: Escape\n---\n");
    files.put("/etc/absolute.md", "---\ntitle: Absolute\n---\n");
    files.put("picture.png", "not markdown, skipped");

    HttpResponse<String> response = Uploads.upload(http, token, "mixed.zip", Uploads.zip(files));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = Http.json(response);
    assertThat(result.get("imported")).hasSize(1);
    assertThat(result.get("imported").get(0).get("title").asString()).isEqualTo("Good one");
    assertThat(sources(UUID.fromString(result.get("imported").get(0).get("id").asString())))
        .containsExactly("import");
    Map<String, JsonNode> failed = new LinkedHashMap<>();
    result.get("failed").forEach(f -> failed.put(f.get("file").asString(), f));
    assertThat(failed.keySet())
        .containsExactlyInAnyOrder(
            "broken-yaml.md",
            "no-title.md",
            "long-title.md",
            "bad-date.md",
            "plain.md",
            "../escape.md",
            "/etc/absolute.md");
    assertThat(failed.get("broken-yaml.md").get("line").asInt()).isBetween(3, 5);
    assertThat(failed.get("broken-yaml.md").get("message").asString()).startsWith("Invalid YAML");
    assertThat(failed.get("no-title.md").get("line").asInt()).isEqualTo(1);
    assertThat(failed.get("long-title.md").get("line").asInt()).isEqualTo(3);
    assertThat(failed.get("long-title.md").get("message").asString()).startsWith("title");
    assertThat(failed.get("bad-date.md").get("line").asInt()).isEqualTo(4);
    assertThat(failed.get("plain.md").get("line").asInt()).isEqualTo(1);
    assertThat(failed.get("../escape.md").path("line").isMissingNode()).isTrue();
    assertThat(failed.get("/etc/absolute.md").get("message").asString()).contains("absolute");
  }

  @Test
  void oneMarkdownFileImportsAndOtherUploadsAreRefused() {
    String md = "---\ntitle: Single file\ntype: social-post\n---\nHello";
    JsonNode result = Http.json(Uploads.upload(http, token, "single.md", md.getBytes()));
    assertThat(imported(result, 0).type()).isEqualTo(ContentType.SOCIAL_POST);

    HttpResponse<String> pdf = Uploads.upload(http, token, "doc.pdf", "%PDF-1.7".getBytes());
    assertThat(pdf.statusCode()).isEqualTo(400);
    assertThat(Api.type(pdf)).isEqualTo("/problems/import-unreadable");
    HttpResponse<String> json = api.send(token, "POST", "/api/v1/content/import", "{}");
    assertThat(Api.type(json)).isEqualTo("/problems/import-unreadable");
    HttpResponse<String> viewer =
        Uploads.upload(http, accounts.tokenFor("VIEWER"), "single.md", md.getBytes());
    assertThat(viewer.statusCode()).isEqualTo(403);
  }

  @Test
  void zipBombsAreRefusedByWhatTheyHoldUncompressed() {
    // one file past the per-file limit: that file fails, the rest imports
    String zeros = "0".repeat(3 * 1024 * 1024);
    Map<String, String> big = new LinkedHashMap<>();
    big.put("huge.md", "---\ntitle: Huge\n---\n" + zeros);
    big.put("small.md", "---\ntitle: Small next to huge\n---\n");
    JsonNode result = Http.json(Uploads.upload(http, token, "big.zip", Uploads.zip(big)));
    assertThat(result.get("imported")).hasSize(1);
    assertThat(result.get("failed").get(0).get("file").asString()).isEqualTo("huge.md");

    // together past the total limit (100 MB by default) though each file is below 2 MB
    int before = count();
    String almost = "---\ntitle: Part\n---\n" + "0".repeat(1_900_000);
    Map<String, String> bomb = new LinkedHashMap<>();
    for (int i = 0; i < 60; i++) {
      bomb.put("part-" + i + ".md", almost);
    }
    byte[] zip = Uploads.zip(bomb);
    assertThat(zip.length).isLessThan(1_000_000);
    HttpResponse<String> refused = Uploads.upload(http, token, "bomb.zip", zip);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(Api.type(refused)).isEqualTo("/problems/import-too-large");
    assertThat(count()).isEqualTo(before);

    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 1001; i++) {
      many.put("n-" + i + ".md", "---\ntitle: N\n---\n");
    }
    assertThat(Uploads.upload(http, token, "many.zip", Uploads.zip(many)).statusCode())
        .isEqualTo(413);
    assertThat(count()).isEqualTo(before);
  }

  private ContentItem create(
      ContentType type, ContentStatus status, ItemContent content, Instant publishedAt) {
    return items.create(
        new NewItem(
            type,
            status,
            content,
            VersionSource.UI,
            null,
            Instant.parse("2024-12-24T18:00:00.5Z"),
            publishedAt),
        editor);
  }

  private ContentItem imported(JsonNode result, int index) {
    return items.get(UUID.fromString(result.get("imported").get(index).get("id").asString()));
  }

  private List<String> sources(UUID id) {
    return new ArrayList<>(
        jdbc.sql("select source from content_versions where item_id = ? order by number")
            .param(id)
            .query(String.class)
            .list());
  }

  private int count() {
    return jdbc.sql("select count(*) from content_items").query(Integer.class).single();
  }
}
