package ai.trae.identity.token.web;

import ai.trae.identity.Permissions;
import ai.trae.identity.token.PersonalAccessTokens;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managing personal access tokens takes a browser session: a token is refused here (403) whatever
 * its scopes, so no token can mint a broader, longer-lived or surviving copy of itself.
 */
@Tag(name = "API tokens", description = "Personal access tokens for scripts and integrations")
@RestController
@RequestMapping("/api/v1/me/tokens")
class TokensController {

  private final PersonalAccessTokens tokens;

  TokensController(PersonalAccessTokens tokens) {
    this.tokens = tokens;
  }

  record CreateTokenRequest(
      @NotBlank @Size(max = 100) String name,
      @NotEmpty @Size(max = 32) List<@NotBlank String> scopes,
      @Nullable @Min(1) @Max(365) Integer expiresInDays) {}

  @Operation(summary = "Your tokens (never their secret)")
  @Authenticated
  @GetMapping
  Page<PersonalAccessTokens.TokenInfo> list(@AuthenticationPrincipal CurrentUser user) {
    return Page.all(tokens.list(user.userId()));
  }

  @Operation(
      summary = "The scopes you may put on a new token, with what each allows",
      description = "The permissions you hold, except tokens:create (tokens cannot manage tokens).")
  @Authenticated
  @GetMapping("/scopes")
  List<Permissions.Permission> scopes(Authentication caller) {
    return PersonalAccessTokens.grantableScopes(Permissions.heldBy(caller));
  }

  @Operation(
      summary = "Create a token; its secret is in this answer only",
      description =
          "Browser sessions only (a token gets 403). 400 /problems/validation-failed for a scope"
              + " you do not hold, or tokens:create.")
  @RequirePermission(Permissions.TOKENS_CREATE)
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PersonalAccessTokens.Created create(
      @AuthenticationPrincipal CurrentUser user,
      Authentication caller,
      @Valid @RequestBody CreateTokenRequest body) {
    if (user.viaToken() || !Permissions.heldBy(caller).contains(Permissions.TOKENS_CREATE)) {
      // tokens never carry tokens:create; this holds even if that ever changes
      throw new ProblemException(
          PlatformProblem.FORBIDDEN, "Tokens are created from a browser session, not a token.");
    }
    return tokens.create(
        user.userId(),
        Permissions.heldBy(caller),
        body.name(),
        body.scopes(),
        body.expiresInDays());
  }

  @Operation(summary = "Revoke a token")
  @Authenticated
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    if (!tokens.revoke(user.userId(), id)) {
      throw new ProblemException(PlatformProblem.NOT_FOUND, "No such token of yours.");
    }
  }
}
