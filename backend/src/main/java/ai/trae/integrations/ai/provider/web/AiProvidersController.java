package ai.trae.integrations.ai.provider.web;

import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.integrations.ai.provider.AiProvider;
import ai.trae.integrations.ai.provider.AiProviderAdministration;
import ai.trae.integrations.ai.provider.ConnectionCheck;
import ai.trae.integrations.ai.provider.ProviderConnections;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * AI providers: where generation runs (docs/ai-api.md). Only {@code ai:admin} sees them at all: a
 * provider's URL and model list say where the installation's prompts go.
 */
@Tag(name = "AI providers", description = "OpenAI-compatible APIs and Ollama servers")
@RestController
@RequestMapping("/api/v1/ai/providers")
class AiProvidersController {

  private final AiProviderAdministration providers;
  private final ProviderConnections connections;
  private final People people;

  AiProvidersController(
      AiProviderAdministration providers, ProviderConnections connections, People people) {
    this.providers = providers;
    this.connections = connections;
    this.people = people;
  }

  @Operation(summary = "Every provider, by name (not paged: an installation has a handful)")
  @GetMapping
  @RequirePermission(Permissions.AI_ADMIN)
  Page<ProviderResponse> list() {
    List<AiProvider> all = providers.all();
    Map<UserId, Person> names =
        people.findAll(all.stream().map(p -> UserId.of(p.createdBy())).distinct().toList());
    return Page.all(all.stream().map(p -> ProviderResponse.from(p, names)).toList());
  }

  @Operation(summary = "One provider; of its API key only whether one is set")
  @GetMapping("/{id}")
  @RequirePermission(Permissions.AI_ADMIN)
  Versioned<ProviderResponse> get(@PathVariable UUID id) {
    return shown(providers.get(id));
  }

  @Operation(
      summary = "Add a provider",
      description =
          "The API key is sealed and never answered (apiKeySet says whether one is stored). 400"
              + " /problems/validation-failed naming every field at fault; 409"
              + " /problems/ai-provider-name-taken.")
  @PostMapping
  @RequirePermission(Permissions.AI_ADMIN)
  ResponseEntity<ProviderResponse> create(
      @AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody ProviderRequest body) {
    Versioned<ProviderResponse> created = shown(providers.create(body.draft(), caller));
    return ResponseEntity.created(URI.create("/api/v1/ai/providers/" + created.body().id()))
        .eTag(created.etag())
        .body(created.body());
  }

  @Operation(
      summary = "Change a provider",
      description =
          "apiKey left out keeps the stored key, \"\" removes it. 428 without If-Match, 412 when"
              + " stale.")
  @PutMapping("/{id}")
  @RequirePermission(Permissions.AI_ADMIN)
  Versioned<ProviderResponse> update(
      @AuthenticationPrincipal CurrentUser caller,
      @PathVariable UUID id,
      IfMatch ifMatch,
      @Valid @RequestBody ProviderRequest body) {
    return shown(providers.update(id, body.draft(), ifMatch, caller, p -> shown(p).body()));
  }

  @Operation(summary = "Remove a provider")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequirePermission(Permissions.AI_ADMIN)
  void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
    providers.delete(id, caller);
  }

  @Operation(
      summary = "Test connection: list the provider's models",
      description =
          "200 whether or not the provider answered: ok=false with the provider's reason (a"
              + " refused key, an unreachable host) in detail.")
  @PostMapping("/{id}/test")
  @RequirePermission(Permissions.AI_ADMIN)
  ConnectionCheck test(@PathVariable UUID id) {
    return connections.check(providers.get(id));
  }

  private Versioned<ProviderResponse> shown(AiProvider provider) {
    Map<UserId, Person> names = people.findAll(List.of(UserId.of(provider.createdBy())));
    return Versioned.of(ProviderResponse.from(provider, names), provider.version());
  }
}
