package ai.trae.content.publishing.channel.web;

import ai.trae.content.item.Editor;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelAdministration;
import ai.trae.content.publishing.channel.ChannelHealth;
import ai.trae.content.publishing.channel.ChannelRotation;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Health;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Channels: where published content goes (docs/publishing-api.md). */
@Tag(name = "Channels", description = "Publishing destinations")
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

  private final ChannelAdministration channels;
  private final ChannelHealth health;
  private final ChannelRotation rotation;
  private final Connectors connectors;
  private final People people;

  ChannelsController(
      ChannelAdministration channels,
      ChannelHealth health,
      ChannelRotation rotation,
      Connectors connectors,
      People people) {
    this.channels = channels;
    this.health = health;
    this.rotation = rotation;
    this.connectors = connectors;
    this.people = people;
  }

  @Operation(summary = "The connector types a channel can have, with their fields")
  @GetMapping("/connectors")
  @RequirePermission(Permissions.CONTENT_READ)
  Page<ConnectorTypeResponse> connectors() {
    return Page.all(
        connectors.all().stream().map(Connector::spec).map(ConnectorTypeResponse::from).toList());
  }

  @Operation(summary = "Every channel, by name (not paged: an installation has tens)")
  @GetMapping
  @RequirePermission(Permissions.CONTENT_READ)
  Page<ChannelResponse> list() {
    List<Channel> all = channels.all();
    Map<UserId, Person> names =
        people.findAll(all.stream().map(c -> UserId.of(c.createdBy())).distinct().toList());
    return Page.all(
        all.stream().map(c -> ChannelResponse.from(c, channels.secretNames(c), names)).toList());
  }

  @Operation(summary = "One channel; its secrets only by name")
  @GetMapping("/{id}")
  @RequirePermission(Permissions.CONTENT_READ)
  Versioned<ChannelResponse> get(@PathVariable UUID id) {
    return shown(channels.get(id));
  }

  @Operation(
      summary = "Create a channel",
      description =
          "Answers the channel and, this once, the secrets TRAE generated for it"
              + " (generatedSecrets, e.g. a webhook's signing secret). 400 naming"
              + " settings.<name> / secrets.<name> that are missing, unknown or not of their"
              + " kind; 409 /problems/channel-slug-taken.")
  @PostMapping
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  ResponseEntity<CreatedResponse> create(
      Authentication caller, @Valid @RequestBody ChannelRequest body) {
    ChannelAdministration.Created made = channels.create(body.draft(), Editor.of(caller));
    Versioned<ChannelResponse> created = shown(made.channel());
    return ResponseEntity.created(URI.create("/api/v1/channels/" + created.body().id()))
        .eTag(created.etag())
        .body(CreatedResponse.of(created.body(), made.generatedSecrets()));
  }

  @Operation(
      summary = "Change a channel",
      description =
          "Secrets merge: omitted kept, null removed. 428 without If-Match, 412 when stale; 409"
              + " /problems/channel-slug-locked for a slug in use.")
  @PutMapping("/{id}")
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  Versioned<ChannelResponse> update(
      Authentication caller,
      @PathVariable UUID id,
      IfMatch ifMatch,
      @Valid @RequestBody ChannelRequest body) {
    return shown(
        channels.update(id, body.draft(), ifMatch, Editor.of(caller), c -> shown(c).body()));
  }

  @Operation(
      summary = "Delete a channel",
      description = "409 /problems/channel-in-use naming the items that target it.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  void delete(Authentication caller, @PathVariable UUID id) {
    channels.delete(id, Editor.of(caller));
  }

  record HealthResponse(
      String state, String detail, Instant checkedAt, @Nullable Instant credentialExpiresAt) {}

  @Operation(
      summary = "Send test: check the channel's credentials now",
      description =
          "Publishes nothing; stores and answers the channel's health (200 even when it fails).")
  @PostMapping("/{id}/test")
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  HealthResponse test(@PathVariable UUID id) {
    Health checked = health.check(channels.get(id));
    Channel after = channels.get(id);
    return new HealthResponse(
        ChannelHealth.value(checked.state()),
        checked.detail(),
        after.healthCheckedAt() == null ? Instant.now() : after.healthCheckedAt(),
        checked.expiresAt());
  }

  record RotateRequest(@Nullable @Min(1) @Max(168) Integer overlapHours) {}

  record RotatedResponse(ChannelResponse channel, Map<String, String> secrets) {}

  @Operation(
      summary = "Rotate the channel's secret",
      description =
          "Answers the new secrets this once; the old ones keep working for overlapHours (default"
              + " 24). 409 /problems/rotation-unsupported.")
  @PostMapping("/{id}/rotate-secret")
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  RotatedResponse rotate(
      Authentication caller,
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable RotateRequest body) {
    int hours = body == null || body.overlapHours() == null ? 24 : body.overlapHours();
    ChannelRotation.Rotated rotated =
        rotation.rotate(id, Duration.ofHours(hours), Editor.of(caller), c -> shown(c).body());
    return new RotatedResponse(shown(rotated.channel()).body(), rotated.secrets());
  }

  private Versioned<ChannelResponse> shown(Channel channel) {
    Map<UserId, Person> names = people.findAll(List.of(UserId.of(channel.createdBy())));
    return Versioned.of(
        ChannelResponse.from(channel, channels.secretNames(channel), names), channel.version());
  }
}
