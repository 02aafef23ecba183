package ai.trae.identity.me.web;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.admin.PersonalDataExport;
import ai.trae.identity.auth.InvalidCredentialsException;
import ai.trae.identity.auth.LoginService;
import ai.trae.identity.auth.PasswordConfirmation;
import ai.trae.identity.reset.PasswordResets;
import ai.trae.identity.security.SignedInAccount;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.security.AnyCredential;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.ValidDisplayName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in user's own account")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

  private final Users users;
  private final Roles roles;
  private final LoginService login;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final Sessions sessions;
  private final PasswordResets resets;
  private final PasswordConfirmation confirmation;
  private final AuditLog audit;
  private final PersonalDataExport export;

  MeController(
      Users users,
      Roles roles,
      LoginService login,
      PasswordPolicy policy,
      PasswordEncoder passwords,
      Sessions sessions,
      PasswordResets resets,
      PasswordConfirmation confirmation,
      AuditLog audit,
      PersonalDataExport export) {
    this.users = users;
    this.roles = roles;
    this.login = login;
    this.policy = policy;
    this.passwords = passwords;
    this.sessions = sessions;
    this.resets = resets;
    this.confirmation = confirmation;
    this.audit = audit;
    this.export = export;
  }

  record ProfileRequest(@ValidDisplayName String displayName) {}

  record PasswordChange(
      @NotBlank @Size(max = 1024) String currentPassword,
      @NotBlank @Size(max = 128) String newPassword) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "PasswordChange[redacted]";
    }
  }

  @Operation(
      summary = "The signed-in user, role and permissions",
      description =
          "Who am I: any valid credential, including a session that must first enrol MFA and a"
              + " personal access token whatever its scopes.")
  @AnyCredential
  @GetMapping
  MeResponse me(@AuthenticationPrincipal CurrentUser current, Authentication authentication) {
    // a session's caller was resolved for this request already; only a token's is read here
    if (authentication.getDetails() instanceof SignedInAccount account
        && account.id().equals(current.userId())) {
      return MeResponse.of(account);
    }
    return response(load(current));
  }

  @Operation(summary = "Change the display name")
  @Authenticated
  @PatchMapping
  @Transactional
  MeResponse update(
      @AuthenticationPrincipal CurrentUser current, @Valid @RequestBody ProfileRequest body) {
    User before = load(current);
    users.changeDisplayName(current.userId(), body.displayName());
    User after = load(current);
    if (!before.displayName().equals(after.displayName())) {
      audit.record(
          AuditEvent.of("user.profile.changed", Actor.user(after.id(), null))
              .target("user", after.id())
              .with("field", "displayName")
              .with("before", before.displayName())
              .with("after", after.displayName()));
    }
    return response(after);
  }

  @Operation(
      summary = "Change the password (needs the current one); other sessions and reset links end",
      description =
          "400 /problems/invalid-credentials (wrong current password, audited); 400"
              + " /problems/validation-failed (new password); 429 past the per-user"
              + " password-check budget")
  @Authenticated
  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void changePassword(
      @AuthenticationPrincipal CurrentUser current, @Valid @RequestBody PasswordChange body) {
    User user = load(current);
    if (!confirmation.password(user.id(), body.currentPassword(), "password-change")) {
      throw InvalidCredentialsException.whileSignedIn();
    }
    policy.check(body.newPassword(), user.email(), user.displayName());
    users.changePassword(user.id(), passwords.encode(body.newPassword()));
    int ended = sessions.revokeAll(user.id(), current.sessionId(), "password-changed");
    int links = resets.cancelLinks(user.id());
    audit.record(
        AuditEvent.of("user.password.changed", Actor.user(user.id(), null))
            .target("user", user.id())
            .with("otherSessionsEnded", ended)
            .with("resetLinksEnded", links));
  }

  @Operation(
      summary = "Download the signed-in user's own data as JSON",
      description = "Profile, role, sessions, token metadata (no secrets) and own audit events.")
  @Authenticated
  @GetMapping("/export")
  ResponseEntity<PersonalDataExport.Export> export(@AuthenticationPrincipal CurrentUser current) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trae-my-data.json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(export.of(current.userId()));
  }

  private User load(CurrentUser current) {
    return users.byId(current.userId()).orElseThrow(InvalidCredentialsException::new);
  }

  private MeResponse response(User user) {
    return MeResponse.of(
        user, roles.byName(user.role()).orElseThrow(), login.enrolmentRequired(user));
  }
}
