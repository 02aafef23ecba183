package ai.trae.platform.settings;

import ai.trae.platform.crypto.SecretBox;
import ai.trae.platform.crypto.SecretBoxException;
import ai.trae.platform.mail.MailSettings;
import ai.trae.platform.mail.PublicUrlProperties;
import ai.trae.platform.mail.SmtpProperties;
import ai.trae.platform.mail.SmtpServer;
import ai.trae.platform.settings.EffectiveSettings.Source;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instance settings: saved values on top of the environment. Precedence, per group: a public URL
 * set in the environment ({@code TRAE_PUBLIC_URL}) or an SMTP host set there ({@code
 * TRAE_SMTP_HOST}, which brings the whole {@code TRAE_SMTP_*} group) wins and is read-only here, so
 * what operators deploy is what runs; otherwise the saved value applies, else the built-in default.
 *
 * <p>Every node reads the row again after {@link #CACHE_TTL}, so a change saved on one node reaches
 * the others within seconds without a restart; the saving node applies it at once.
 */
@Service
public class InstanceSettings implements MailSettings {

  static final Duration CACHE_TTL = Duration.ofSeconds(5);
  static final String DEFAULT_SITE_NAME = "TRAE";
  private static final String PASSWORD_CONTEXT = "settings:smtp-password";
  private static final Logger log = LoggerFactory.getLogger(InstanceSettings.class);

  private final SettingsStore store;
  private final SecretBox box;
  private final SmtpProperties envSmtp;
  private final PublicUrlProperties envUrl;
  private final boolean publicUrlFromEnvironment;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private volatile @Nullable Cached cached;

  InstanceSettings(
      SettingsStore store,
      SecretBox box,
      SmtpProperties envSmtp,
      PublicUrlProperties envUrl,
      Environment environment,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.box = box;
    this.envSmtp = envSmtp;
    this.envUrl = envUrl;
    this.publicUrlFromEnvironment = environment.containsProperty("trae.public-url");
    this.events = events;
    this.clock = clock;
  }

  private record Cached(EffectiveSettings settings, long loadedAtNanos) {}

  public EffectiveSettings current() {
    Cached c = cached;
    if (c != null && System.nanoTime() - c.loadedAtNanos() < CACHE_TTL.toNanos()) {
      return c.settings();
    }
    EffectiveSettings fresh = resolve(store.load());
    cached = new Cached(fresh, System.nanoTime());
    return fresh;
  }

  @Override
  public @Nullable SmtpServer smtp() {
    return current().smtp();
  }

  @Override
  public String publicUrl() {
    return current().publicUrl();
  }

  public String siteName() {
    return current().siteName();
  }

  /**
   * Saves the whole editable document.
   *
   * @return the names of the fields that changed (none: nothing was written)
   * @throws SettingsException 400 for an invalid value, 409 for a field the environment sets
   */
  @Transactional
  public List<String> update(SettingsChange change, UUID actorId, @Nullable UUID viaTokenId) {
    if (publicUrlFromEnvironment && change.publicUrl() != null) {
      throw SettingsException.locked("The public URL", "TRAE_PUBLIC_URL");
    }
    if (envSmtp.configured() && change.touchesSmtp()) {
      throw SettingsException.locked("SMTP", "TRAE_SMTP_*");
    }
    SettingsValidation.check(change);
    StoredSettings before = store.load();
    StoredSettings after = merge(before, change, actorId);
    List<String> changed = changes(before, after);
    if (changed.isEmpty()) {
      return changed;
    }
    store.save(after);
    cached = null;
    events.publishEvent(
        new InstanceSettingsChanged("settings.instance.changed", actorId, viaTokenId, changed));
    return changed;
  }

  private StoredSettings merge(StoredSettings before, SettingsChange c, UUID actorId) {
    String host = blankToNull(c.smtpHost());
    byte[] password;
    if (host == null) {
      password = null;
    } else if (c.smtpPassword() == null) {
      password = before.smtpPasswordEncrypted();
    } else if (c.smtpPassword().isEmpty()) {
      password = null;
    } else {
      password = box.encrypt(c.smtpPassword().getBytes(StandardCharsets.UTF_8), PASSWORD_CONTEXT);
    }
    return new StoredSettings(
        blankToNull(c.siteName()),
        publicUrlFromEnvironment ? before.publicUrl() : blankToNull(c.publicUrl()),
        host,
        host == null ? null : c.smtpPort(),
        host == null ? null : blankToNull(c.smtpUsername()),
        password,
        host == null ? null : blankToNull(c.smtpFrom()),
        host == null ? null : c.smtpStarttls(),
        clock.instant(),
        actorId);
  }

  private static List<String> changes(StoredSettings a, StoredSettings b) {
    List<String> changed = new ArrayList<>();
    diff(changed, "siteName", a.siteName(), b.siteName());
    diff(changed, "publicUrl", a.publicUrl(), b.publicUrl());
    diff(changed, "smtpHost", a.smtpHost(), b.smtpHost());
    diff(changed, "smtpPort", a.smtpPort(), b.smtpPort());
    diff(changed, "smtpUsername", a.smtpUsername(), b.smtpUsername());
    if (!Arrays.equals(a.smtpPasswordEncrypted(), b.smtpPasswordEncrypted())) {
      changed.add("smtpPassword");
    }
    diff(changed, "smtpFrom", a.smtpFrom(), b.smtpFrom());
    diff(changed, "smtpStarttls", a.smtpStarttls(), b.smtpStarttls());
    return changed;
  }

  private static void diff(
      List<String> changed, String name, @Nullable Object a, @Nullable Object b) {
    if (!Objects.equals(a, b)) {
      changed.add(name);
    }
  }

  /** Records that a test mail was tried, and how it went (audited by identity). */
  public void recordTestMail(UUID actorId, @Nullable UUID viaTokenId, boolean delivered) {
    events.publishEvent(
        new InstanceSettingsChanged(
            "settings.test-mail.sent",
            actorId,
            viaTokenId,
            List.of(delivered ? "delivered" : "failed")));
  }

  private EffectiveSettings resolve(StoredSettings s) {
    String siteName = s.siteName() != null ? s.siteName() : DEFAULT_SITE_NAME;
    String publicUrl;
    Source urlSource;
    if (publicUrlFromEnvironment) {
      publicUrl = envUrl.publicUrl();
      urlSource = Source.ENVIRONMENT;
    } else if (s.publicUrl() != null) {
      publicUrl = s.publicUrl();
      urlSource = Source.SAVED;
    } else {
      publicUrl = envUrl.publicUrl();
      urlSource = Source.DEFAULT;
    }
    SmtpServer smtp = null;
    Source smtpSource = Source.DEFAULT;
    if (envSmtp.configured()) {
      smtp =
          new SmtpServer(
              Objects.requireNonNull(envSmtp.host()),
              envSmtp.port(),
              blankToNull(envSmtp.username()),
              blankToNull(envSmtp.password()),
              envSmtp.from(),
              envSmtp.starttls());
      smtpSource = Source.ENVIRONMENT;
    } else if (s.smtpHost() != null) {
      smtp =
          new SmtpServer(
              s.smtpHost(),
              s.smtpPort() != null ? s.smtpPort() : envSmtp.port(),
              s.smtpUsername(),
              password(s.smtpPasswordEncrypted()),
              s.smtpFrom() != null ? s.smtpFrom() : envSmtp.from(),
              s.smtpStarttls() != null ? s.smtpStarttls() : envSmtp.starttls());
      smtpSource = Source.SAVED;
    }
    return new EffectiveSettings(
        siteName,
        publicUrl,
        urlSource,
        smtp,
        smtpSource,
        smtp != null && smtp.password() != null,
        s.updatedAt(),
        s.updatedBy());
  }

  private @Nullable String password(byte @Nullable [] sealed) {
    if (sealed == null) {
      return null;
    }
    try {
      return new String(box.decrypt(sealed, PASSWORD_CONTEXT), StandardCharsets.UTF_8);
    } catch (SecretBoxException ex) {
      // e.g. the master key changed: mail goes out unauthenticated and fails visibly, not silently
      log.warn("The saved SMTP password cannot be decrypted; save it again under Admin → Settings");
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
