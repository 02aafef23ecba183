package ai.trae.platform.settings.web;

import ai.trae.platform.mail.MailFailure;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.mail.SmtpServer;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.settings.InstanceSettings;
import ai.trae.platform.settings.SettingsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Instance settings", description = "Site name, public URL and SMTP of this instance")
@RestController
@RequestMapping(path = "/api/v1/settings", produces = MediaType.APPLICATION_JSON_VALUE)
class InstanceSettingsController {

  static final String PERMISSION = "settings:manage";

  private final InstanceSettings settings;
  private final Mailer mailer;

  InstanceSettingsController(InstanceSettings settings, Mailer mailer) {
    this.settings = settings;
    this.mailer = mailer;
  }

  record PublicSettings(String siteName) {}

  record TestMailRequest(@Email @Size(max = 320) @Nullable String to) {}

  record TestMailResult(boolean delivered, String to) {}

  @Operation(summary = "What anyone may know before signing in: the site name")
  @PermitAll
  @GetMapping("/public")
  ResponseEntity<PublicSettings> publicSettings() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .body(new PublicSettings(settings.siteName()));
  }

  @Operation(
      summary = "The settings in effect and where each comes from",
      description = "The SMTP password is never returned, only smtpPasswordSet.")
  @RequirePermission(PERMISSION)
  @GetMapping("/instance")
  InstanceSettingsResponse get() {
    return InstanceSettingsResponse.from(settings.current());
  }

  @Operation(
      summary = "Save the settings (the whole document)",
      description =
          "Applies at once on this node and within seconds on the others. Fields set by the"
              + " environment (TRAE_PUBLIC_URL, TRAE_SMTP_*) are read-only: sending them is 409.")
  @ApiResponse(responseCode = "400", description = "/problems/validation-failed")
  @ApiResponse(responseCode = "409", description = "/problems/conflict (set by the environment)")
  @RequirePermission(PERMISSION)
  @PutMapping(path = "/instance", consumes = MediaType.APPLICATION_JSON_VALUE)
  InstanceSettingsResponse put(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InstanceSettingsRequest body) {
    settings.update(body.change(), user.userId(), user.tokenId());
    return InstanceSettingsResponse.from(settings.current());
  }

  @Operation(
      summary = "Send a test mail with the settings in effect",
      description = "To the given address, or the caller's own. Reports the SMTP server's answer.")
  @ApiResponse(responseCode = "200", description = "The server accepted the mail")
  @ApiResponse(responseCode = "409", description = "/problems/mail-not-configured")
  @ApiResponse(responseCode = "502", description = "/problems/mail-failed; detail = the reason")
  @RequirePermission(PERMISSION)
  @PostMapping(path = "/instance/test-mail", consumes = MediaType.APPLICATION_JSON_VALUE)
  TestMailResult testMail(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody TestMailRequest body) {
    if (!mailer.configured()) {
      throw SettingsException.mailNotConfigured();
    }
    String to = body.to() == null || body.to().isBlank() ? user.email() : body.to().strip();
    String site = settings.siteName();
    SmtpServer server = Objects.requireNonNull(settings.smtp());
    try {
      mailer.sendOrFail(
          to,
          "Test mail from " + site,
          """
          This is a test mail from %s (%s).

          If you can read it, TRAE can send invitations, password resets and e-mail
          confirmations with the current settings.
          """
              .formatted(site, settings.publicUrl()));
    } catch (MailFailure ex) {
      settings.recordTestMail(user.userId(), user.tokenId(), false);
      throw SettingsException.mailFailed(
          "Sending through %s:%d failed: %s"
              .formatted(server.host(), server.port(), ex.getMessage()));
    }
    settings.recordTestMail(user.userId(), user.tokenId(), true);
    return new TestMailResult(true, to);
  }
}
