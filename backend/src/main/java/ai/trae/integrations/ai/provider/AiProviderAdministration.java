package ai.trae.integrations.ai.provider;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.integrations.ai.AiProblem;
import ai.trae.platform.database.Ids;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes AI providers: every field checked (all faults named at once), the
 * API key sealed before it is stored and kept on an edit that does not send one, every change
 * audited without the key.
 */
@Service
public class AiProviderAdministration {

  static final int MAX_NAME = 120;
  static final int MAX_KEY = 4096;
  static final int MAX_MODELS = 500;
  static final int MAX_MODEL = 200;
  static final int MAX_CONCURRENCY = 64;
  static final int MAX_RPM = 10_000;

  private final AiProviderRows rows;
  private final AiProviderDirectory directory;
  private final AuditLog audit;
  private final Clock clock;

  AiProviderAdministration(
      AiProviderRows rows, AiProviderDirectory directory, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  public AiProvider get(UUID id) {
    return directory.find(id).orElseThrow(() -> notFound(id));
  }

  public List<AiProvider> all() {
    return directory.all();
  }

  @Transactional
  public AiProvider create(ProviderDraft draft, CurrentUser actor) {
    Checked checked = check(draft);
    UUID id = Ids.newId();
    String key = draft.apiKey() == null ? "" : draft.apiKey().strip();
    Instant now = now();
    AiProvider provider =
        new AiProvider(
            id,
            checked.name(),
            checked.kind(),
            checked.baseUrl(),
            key.isEmpty() ? null : directory.sealKey(id, key),
            checked.models(),
            draft.defaultModels(),
            draft.maxConcurrency(),
            draft.requestsPerMinute(),
            draft.enabled(),
            actor.userId(),
            now,
            now,
            1);
    if (!rows.insert(provider)) {
      throw nameTaken(provider.name());
    }
    audit.record(described(event("ai.provider.created", actor, provider), provider));
    return provider;
  }

  @Transactional
  public AiProvider update(
      UUID id,
      ProviderDraft draft,
      IfMatch ifMatch,
      CurrentUser actor,
      Function<AiProvider, ?> shown) {
    AiProvider current = get(id);
    if (!ifMatch.matches(current.version())) {
      throw conflict(current, shown);
    }
    Checked checked = check(draft);
    byte @Nullable [] key = current.apiKey();
    String keyChange = "kept";
    if (draft.apiKey() != null) {
      String given = draft.apiKey().strip();
      key = given.isEmpty() ? null : directory.sealKey(id, given);
      keyChange = given.isEmpty() ? (current.apiKeySet() ? "removed" : "kept") : "set";
    }
    AiProvider next =
        new AiProvider(
            id,
            checked.name(),
            checked.kind(),
            checked.baseUrl(),
            key,
            checked.models(),
            draft.defaultModels(),
            draft.maxConcurrency(),
            draft.requestsPerMinute(),
            draft.enabled(),
            current.createdBy(),
            current.createdAt(),
            now(),
            current.version() + 1);
    if (rows.nameTaken(next.name(), id)) {
      throw nameTaken(next.name());
    }
    try {
      if (!rows.update(next, current.version())) {
        throw conflict(get(id), shown);
      }
    } catch (DuplicateKeyException raced) {
      throw nameTaken(next.name());
    }
    audit.record(
        described(event("ai.provider.updated", actor, next), next).with("apiKey", keyChange));
    return next;
  }

  @Transactional
  public void delete(UUID id, CurrentUser actor) {
    AiProvider provider = get(id);
    rows.delete(id);
    audit.record(
        event("ai.provider.deleted", actor, provider).with("kind", provider.kind().value()));
  }

  private record Checked(String name, ProviderKind kind, String baseUrl, List<String> models) {}

  /** Every fault of the draft, named by field; the cleaned values when there is none. */
  private static Checked check(ProviderDraft draft) {
    List<FieldProblem> errors = new ArrayList<>();
    String name = draft.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      errors.add(new FieldProblem("name", "1 to " + MAX_NAME + " characters."));
    }
    Optional<ProviderKind> kind = ProviderKind.of(draft.kind());
    if (kind.isEmpty()) {
      errors.add(
          new FieldProblem("kind", "One of: " + String.join(", ", ProviderKind.names()) + "."));
    } else {
      String problem = ProviderUrls.problem(draft.baseUrl(), kind.get());
      if (problem != null) {
        errors.add(new FieldProblem(ProviderUrls.FIELD, problem));
      }
    }
    if (draft.apiKey() != null && draft.apiKey().strip().length() > MAX_KEY) {
      errors.add(new FieldProblem("apiKey", "At most " + MAX_KEY + " characters."));
    }
    LinkedHashSet<String> models = new LinkedHashSet<>();
    for (int i = 0; i < draft.models().size(); i++) {
      String model = draft.models().get(i) == null ? "" : draft.models().get(i).strip();
      if (model.isEmpty() || model.length() > MAX_MODEL) {
        errors.add(new FieldProblem("models[" + i + "]", "1 to " + MAX_MODEL + " characters."));
      } else if (!models.add(model)) {
        errors.add(new FieldProblem("models[" + i + "]", "Listed twice."));
      }
    }
    if (draft.models().size() > MAX_MODELS) {
      errors.add(new FieldProblem("models", "At most " + MAX_MODELS + " models."));
    }
    new TreeMap<>(draft.defaultModels())
        .forEach(
            (operation, model) -> {
              String field = "defaultModels." + operation;
              if (!AiOperations.ALL.contains(operation)) {
                errors.add(
                    new FieldProblem(
                        field,
                        "Not an operation; one of: " + String.join(", ", AiOperations.ALL) + "."));
              } else if (model == null || model.isBlank()) {
                errors.add(new FieldProblem(field, "A model name."));
              } else if (!models.isEmpty() && !models.contains(model)) {
                errors.add(new FieldProblem(field, "Not among this provider's models."));
              }
            });
    if (draft.maxConcurrency() < 1 || draft.maxConcurrency() > MAX_CONCURRENCY) {
      errors.add(new FieldProblem("maxConcurrency", "1 to " + MAX_CONCURRENCY + "."));
    }
    if (draft.requestsPerMinute() < 1 || draft.requestsPerMinute() > MAX_RPM) {
      errors.add(new FieldProblem("requestsPerMinute", "1 to " + MAX_RPM + "."));
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    ProviderKind known = kind.orElseThrow();
    return new Checked(
        name, known, ProviderUrls.check(draft.baseUrl(), known), List.copyOf(models));
  }

  private static AuditEvent described(AuditEvent event, AiProvider p) {
    return event
        .with("kind", p.kind().value())
        .with("baseUrl", p.baseUrl())
        .with("models", p.models())
        .with("defaultModels", new TreeMap<>(p.defaultModels()))
        .with("maxConcurrency", p.maxConcurrency())
        .with("requestsPerMinute", p.requestsPerMinute())
        .with("enabled", p.enabled())
        .with("apiKeySet", p.apiKeySet());
  }

  private static AuditEvent event(String action, CurrentUser actor, AiProvider provider) {
    return AuditEvent.of(action, AuditEvent.Actor.user(actor.userId(), actor.email()))
        .target("ai-provider", provider.id())
        .with("name", provider.name());
  }

  private static VersionConflictException conflict(
      AiProvider current, Function<AiProvider, ?> shown) {
    return new VersionConflictException(Versioned.of(shown.apply(current), current.version()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static ProblemException notFound(UUID id) {
    return new ProblemException(AiProblem.PROVIDER_NOT_FOUND, "No AI provider " + id + ".");
  }

  private static ProblemException nameTaken(String name) {
    return new ProblemException(
        AiProblem.PROVIDER_NAME_TAKEN, "Another AI provider is called " + name + ".");
  }
}
