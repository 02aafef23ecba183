package ai.trae.content.publishing.channel;

import ai.trae.content.item.Editor;
import ai.trae.content.publishing.PublishingProblem;
import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes channels: settings checked against the connector's spec and by the
 * connector, secrets sealed before they are stored and merged on change, every change audited.
 */
@Service
public class ChannelAdministration {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final int MAX_SLUG = 60;
  static final int MAX_NAME = 120;

  private final ChannelRows rows;
  private final ChannelDirectory directory;
  private final ChannelUsage usage;
  private final Connectors connectors;
  private final AuditLog audit;
  private final Clock clock;

  ChannelAdministration(
      ChannelRows rows,
      ChannelDirectory directory,
      ChannelUsage usage,
      Connectors connectors,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.usage = usage;
    this.connectors = connectors;
    this.audit = audit;
    this.clock = clock;
  }

  public Channel get(UUID id) {
    return directory.find(id).orElseThrow(() -> notFound(id));
  }

  public List<Channel> all() {
    return rows.all();
  }

  /** The secrets that hold a value, by name; never their values. */
  public List<String> secretNames(Channel channel) {
    return List.copyOf(new TreeSet<>(directory.secrets(channel).keySet()));
  }

  /**
   * A channel just created, with the secrets its connector made for it (a webhook's signing
   * secret): the creator sees those this once, in the create answer, and never again.
   */
  public record Created(Channel channel, Map<String, String> generatedSecrets) {
    public Created {
      generatedSecrets = Map.copyOf(generatedSecrets);
    }
  }

  @Transactional
  public Created create(ChannelDraft draft, Editor editor) {
    Connector connector = connector(draft.connector());
    String slug = slug(draft.slug());
    String name = name(draft.name());
    UUID id = Ids.newId();
    Map<String, String> settings = ChannelSettings.cleaned(draft.settings());
    Map<String, String> given = ChannelSettings.cleaned(draft.secrets());
    check(connector, id, slug, name, settings, given);
    // what the connector makes itself when it was not given (a webhook's signing secret)
    Map<String, String> secrets = connector.secretsForNewChannel(given);
    Instant now = now();
    Channel channel =
        new Channel(
            id,
            slug,
            name,
            connector.type(),
            settings,
            secrets.isEmpty() ? null : directory.sealSecrets(id, secrets),
            null,
            draft.requiresApproval(),
            "unknown",
            "",
            null,
            null,
            editor.userId(),
            now,
            now,
            1);
    if (!rows.insert(channel)) {
      throw slugTaken(slug);
    }
    audit.record(
        event("channel.created", editor, channel)
            .with("connector", channel.connector())
            .with("settings", settings)
            .with("secrets", List.copyOf(new TreeSet<>(secrets.keySet())))
            .with("requiresApproval", channel.requiresApproval()));
    Map<String, String> generated = new HashMap<>(secrets);
    generated.keySet().removeAll(given.keySet());
    return new Created(channel, generated);
  }

  @Transactional
  public Channel update(
      UUID id, ChannelDraft draft, IfMatch ifMatch, Editor editor, Function<Channel, ?> shown) {
    Channel current = get(id);
    if (!ifMatch.matches(current.version())) {
      throw conflict(current, shown);
    }
    if (!current.connector().equals(draft.connector())) {
      throw new ValidationFailedException(
          "connector", "A channel's connector cannot change; create another channel.");
    }
    Connector connector = connector(current.connector());
    String slug = slug(draft.slug());
    String name = name(draft.name());
    if (!slug.equals(current.slug()) && !usage.of(current).none()) {
      throw new ProblemException(
          PublishingProblem.CHANNEL_SLUG_LOCKED,
          "Items target %s or it has publications: its slug stays.".formatted(current.slug()));
    }
    Map<String, String> settings = ChannelSettings.cleaned(draft.settings());
    Map<String, String> before = directory.secrets(current);
    Map<String, String> secrets = new HashMap<>(before);
    List<String> set = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    draft
        .secrets()
        .forEach(
            (secret, value) -> {
              if (value == null || value.isBlank()) {
                if (secrets.remove(secret) != null) {
                  removed.add(secret);
                }
              } else {
                secrets.put(secret, value.strip());
                set.add(secret);
              }
            });
    check(connector, id, slug, name, settings, secrets);
    Channel next =
        new Channel(
            id,
            slug,
            name,
            current.connector(),
            settings,
            secrets.isEmpty() ? null : directory.sealSecrets(id, secrets),
            current.state(),
            draft.requiresApproval(),
            current.health(),
            current.healthDetail(),
            current.healthCheckedAt(),
            current.credentialExpiresAt(),
            current.createdBy(),
            current.createdAt(),
            now(),
            current.version() + 1);
    if (!slug.equals(current.slug()) && rows.findBySlug(slug).isPresent()) {
      throw slugTaken(slug);
    }
    try {
      if (!rows.update(next, current.version())) {
        throw conflict(get(id), shown);
      }
    } catch (DuplicateKeyException raced) {
      throw slugTaken(slug);
    }
    audit.record(
        event("channel.updated", editor, next)
            .with("slug", slug.equals(current.slug()) ? null : current.slug() + " → " + slug)
            .with("name", name.equals(current.name()) ? null : name)
            .with("settingsChanged", changed(current.settings(), settings))
            .with("secretsSet", set.stream().sorted().toList())
            .with("secretsRemoved", removed.stream().sorted().toList())
            .with("requiresApproval", next.requiresApproval()));
    return next;
  }

  @Transactional
  public void delete(UUID id, Editor editor) {
    Channel channel = get(id);
    ChannelUsage.Usage used = usage.of(channel);
    if (!used.none()) {
      ProblemDetail problem =
          Problems.of(
              PublishingProblem.CHANNEL_IN_USE,
              "%d items target %s and %d publications were made to it; remove it from those items first."
                  .formatted(used.itemCount(), channel.slug(), used.publications()));
      problem.setProperty("items", used.items());
      problem.setProperty("publications", used.publications());
      throw new ProblemException(problem);
    }
    rows.delete(id);
    audit.record(event("channel.deleted", editor, channel).with("connector", channel.connector()));
  }

  private void check(
      Connector connector,
      UUID id,
      String slug,
      String name,
      Map<String, String> settings,
      Map<String, String> secrets) {
    List<FieldProblem> errors = ChannelSettings.problems(connector.spec(), settings, secrets);
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    connector.validate(
        new ChannelConfig(
            id, slug, name, connector.type(), settings, secrets, ChannelState.inMemory(Map.of())));
  }

  private Connector connector(String type) {
    return connectors
        .find(type)
        .orElseThrow(
            () ->
                new ValidationFailedException(
                    "connector",
                    "One of: "
                        + String.join(", ", connectors.all().stream().map(Connector::type).toList())
                        + "."));
  }

  private static String slug(String slug) {
    String s = slug.strip();
    if (!SLUG.matcher(s).matches() || s.length() > MAX_SLUG) {
      throw new ValidationFailedException(
          "slug", "Lower-case letters, digits and single hyphens, at most " + MAX_SLUG + ".");
    }
    return s;
  }

  private static String name(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw new ValidationFailedException("name", "1 to " + MAX_NAME + " characters.");
    }
    return n;
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    return names.stream().filter(n -> !Objects.equals(before.get(n), after.get(n))).toList();
  }

  private static AuditEvent event(String action, Editor editor, Channel channel) {
    return AuditEvent.of(action, AuditEvent.Actor.user(editor.userId(), editor.name()))
        .target("channel", channel.id())
        .with("slug", channel.slug());
  }

  private static VersionConflictException conflict(Channel current, Function<Channel, ?> shown) {
    return new VersionConflictException(Versioned.of(shown.apply(current), current.version()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static ProblemException notFound(UUID id) {
    return new ProblemException(PublishingProblem.CHANNEL_NOT_FOUND, "No channel " + id + ".");
  }

  private static ProblemException slugTaken(String slug) {
    return new ProblemException(
        PublishingProblem.CHANNEL_SLUG_TAKEN, "Another channel is called " + slug + ".");
  }
}
