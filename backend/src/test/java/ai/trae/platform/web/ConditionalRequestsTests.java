package ai.trae.platform.web;

import static ai.trae.platform.web.ProblemDetailsTests.assertProblem;
import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** ETag, If-Match and If-None-Match as any module's controller gets them from platform.web. */
@IntegrationTest
@Import(WebSupportEndpoints.class)
class ConditionalRequestsTests {

  @Autowired Http http;
  @Autowired WebSupportEndpoints endpoints;

  private String note(long version) {
    String id = UUID.randomUUID().toString();
    endpoints.put(id, "first draft", version);
    return "/api/test/notes/" + id;
  }

  private HttpResponse<String> patch(String path, String text, String... ifMatch) {
    String[] headers =
        ifMatch.length == 0
            ? new String[] {"Content-Type", "application/json"}
            : new String[] {"Content-Type", "application/json", "If-Match", ifMatch[0]};
    return http.send("PATCH", path, "{\"text\":\"" + text + "\"}", headers);
  }

  @Test
  void aVersionedReadCarriesItsVersionAsStrongETagAndOnlyTheBody() {
    HttpResponse<String> read = http.get(note(3));

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"3\"");
    JsonNode body = json(read);
    assertThat(body.get("text").asString()).isEqualTo("first draft");
    assertThat(body.has("version")).isFalse();
  }

  @Test
  void ifNoneMatchWithTheCurrentETagIs304WithoutBody() {
    String path = note(5);

    HttpResponse<String> same = http.get(path, "If-None-Match", "\"5\"");
    HttpResponse<String> weak = http.get(path, "If-None-Match", "W/\"5\"");
    HttpResponse<String> older = http.get(path, "If-None-Match", "\"4\"");

    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.headers().firstValue("ETag")).hasValue("\"5\"");
    assertThat(weak.statusCode()).isEqualTo(304);
    assertThat(older.statusCode()).isEqualTo(200);
    assertThat(json(older).get("text").asString()).isEqualTo("first draft");
  }

  @Test
  void aGuardedUpdateWithoutIfMatchIs428AndChangesNothing() {
    String path = note(1);

    HttpResponse<String> response = patch(path, "blind write");

    assertProblem(response, 428, "/problems/precondition-required");
    assertThat(json(http.get(path)).get("text").asString()).isEqualTo("first draft");
  }

  @Test
  void aStaleIfMatchIs412WithTheCurrentRepresentationAndItsETag() {
    String path = note(7);

    HttpResponse<String> response = patch(path, "lost update", "\"6\"");

    assertProblem(response, 412, "/problems/version-conflict");
    assertThat(response.headers().firstValue("ETag")).hasValue("\"7\"");
    JsonNode current = json(response).get("current");
    assertThat(current.get("text").asString()).isEqualTo("first draft");
    assertThat(current.get("id").asString()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
    assertThat(json(http.get(path)).get("text").asString()).isEqualTo("first draft");
  }

  @Test
  void aCurrentIfMatchUpdatesAndAnswersTheNextETag() {
    String path = note(2);

    HttpResponse<String> first = patch(path, "second draft", "\"2\"");
    HttpResponse<String> replayedRace = patch(path, "racing draft", "\"2\"");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).hasValue("\"3\"");
    assertThat(json(first).get("text").asString()).isEqualTo("second draft");
    assertProblem(replayedRace, 412, "/problems/version-conflict");
    assertThat(json(replayedRace).get("current").get("text").asString()).isEqualTo("second draft");
  }

  @Test
  void weakAndWildcardIfMatchAreAccepted() {
    String path = note(4);

    assertThat(patch(path, "weak", "W/\"4\"").statusCode()).isEqualTo(200);
    assertThat(patch(path, "any", "*").statusCode()).isEqualTo(200);
    assertThat(patch(path, "list", "\"1\", \"6\"").statusCode()).isEqualTo(200);
    assertProblem(patch(path, "not ours", "\"abc\""), 412, "/problems/version-conflict");
  }

  @Test
  void theApiDescriptionShowsIfMatchAndTheUnwrappedBody() {
    JsonNode note = json(http.get("/api/openapi.json")).get("paths").get("/api/test/notes/{id}");

    assertThat(note.get("patch").get("parameters").toString())
        .contains("\"If-Match\"")
        .doesNotContain("versions");
    String read = note.get("get").get("responses").get("200").toString();
    assertThat(read).contains("Note").doesNotContain("Versioned");
  }
}
