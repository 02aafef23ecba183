package ai.trae.content.publishing.feed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test glue for the pull channels: channels stored as the channels API will store them, and items
 * published through the content API (create, submit, approve, publish) so that every event fires.
 */
public final class PullChannels {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Http http;
  private final ChannelRows rows;
  private final ChannelDirectory directory;
  private final String editor;

  public PullChannels(Http http, Accounts accounts, ChannelRows rows, ChannelDirectory directory) {
    this.http = http;
    this.rows = rows;
    this.directory = directory;
    this.editor = accounts.tokenFor("EDITOR");
  }

  public String editorToken() {
    return editor;
  }

  /** A new channel of this connector with a unique slug starting with {@code prefix}. */
  public Channel channel(String prefix, String connector, Map<String, String> settings) {
    return channel(prefix, connector, settings, Map.of());
  }

  /** The same, with secrets sealed as the channels API seals them. */
  public Channel channel(
      String prefix, String connector, Map<String, String> settings, Map<String, String> secrets) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    String slug = prefix + "-" + id.toString().substring(0, 8);
    Channel channel =
        new Channel(
            id,
            slug,
            "Channel " + slug,
            connector,
            settings,
            directory.sealSecrets(id, secrets),
            null,
            false,
            "unknown",
            "",
            null,
            null,
            UUID.randomUUID(),
            now,
            now,
            1);
    assertThat(rows.insert(channel)).isTrue();
    return channel;
  }

  /** Creates an article targeting these channels and takes it to published; answers its JSON. */
  public JsonNode publish(String title, String body, List<String> channels, String... more) {
    StringBuilder json = new StringBuilder();
    json.append("{\"type\":\"article\",\"title\":")
        .append(JSON.writeValueAsString(title))
        .append(",\"body\":")
        .append(JSON.writeValueAsString(body))
        .append(",\"channels\":")
        .append(JSON.writeValueAsString(channels));
    for (int i = 0; i + 1 < more.length; i += 2) {
      json.append(",\"").append(more[i]).append("\":").append(more[i + 1]);
    }
    json.append('}');
    HttpResponse<String> created = send("POST", "/api/v1/content", json.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(Http.json(created).get("id").asString());
    JsonNode item = null;
    for (String action : List.of("submit", "approve", "publish")) {
      item = act(id, action);
    }
    return item;
  }

  public JsonNode act(UUID id, String action) {
    HttpResponse<String> moved =
        send("POST", "/api/v1/content/" + id + "/transitions", "{\"action\":\"" + action + "\"}");
    assertThat(moved.statusCode()).as(action + ": " + moved.body()).isEqualTo(200);
    return Http.json(moved);
  }

  public HttpResponse<String> send(String method, String path, String body, String... more) {
    List<String> headers =
        new ArrayList<>(
            List.of("Content-Type", "application/json", "Authorization", "Bearer " + editor));
    headers.addAll(List.of(more));
    return http.send(method, path, body, headers.toArray(String[]::new));
  }
}
