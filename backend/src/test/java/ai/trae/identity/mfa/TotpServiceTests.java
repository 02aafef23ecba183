package ai.trae.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.identity.mfa.MfaTestConfiguration.MutableClock;
import ai.trae.identity.mfa.MfaTestConfiguration.RecordingAuditLog;
import ai.trae.platform.crypto.SecretBox;
import ai.trae.platform.crypto.SecretBoxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

@MfaIntegrationTest
class TotpServiceTests {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:05Z");

  @Autowired TotpService totp;
  @Autowired JdbcClient jdbc;
  @Autowired SecretBox secretBox;
  @Autowired MutableClock clock;
  @Autowired RecordingAuditLog audit;

  UUID userId;

  @BeforeEach
  void newUser() {
    clock.set(T0);
    userId = Totp.insertUser(jdbc, null);
  }

  @Test
  void enrolmentStaysPendingUntilConfirmedWithACurrentCode() {
    TotpEnrolment enrolment = totp.startEnrolment(userId, "ana@example.com");

    assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
    assertThat(enrolment.otpauthUri())
        .startsWith("otpauth://totp/TRAE:ana@example.com?secret=" + enrolment.secret());
    assertThat(enrolment.qrCodeSvg()).contains("<svg");
    assertThat(totp.isEnabled(userId)).isFalse();
    // a pending factor does not count at sign-in
    assertThat(totp.verify(userId, Totp.code(enrolment.secret(), Totp.step(T0)))).isFalse();

    List<String> codes = totp.confirm(userId, Totp.code(enrolment.secret(), Totp.step(T0)));

    assertThat(codes).hasSize(10);
    assertThat(totp.isEnabled(userId)).isTrue();
    assertThat(audit.actionsFor(userId)).containsExactly("mfa.totp.enabled");
  }

  @Test
  void verifyAcceptsOneStepOfDriftRejectsTwoAndNeverTheSameCodeTwice() {
    String secret = enable();

    // far from the confirmation, so only the window decides
    Instant later = T0.plus(Duration.ofMinutes(30));
    clock.set(later);
    long step = Totp.step(later);

    assertThat(totp.verify(userId, Totp.code(secret, step - 2))).isFalse();
    assertThat(totp.verify(userId, Totp.code(secret, step + 2))).isFalse();
    assertThat(totp.verify(userId, Totp.code(secret, step - 1))).isTrue();
    assertThat(totp.verify(userId, Totp.code(secret, step - 1))).as("replay").isFalse();
    assertThat(totp.verify(userId, Totp.code(secret, step))).isTrue();
    assertThat(totp.verify(userId, Totp.code(secret, step))).as("replay").isFalse();
    assertThat(totp.verify(userId, Totp.code(secret, step + 1))).isTrue();
    // an older code is refused once a newer one was used
    clock.set(later.plusSeconds(30));
    assertThat(totp.verify(userId, Totp.code(secret, step))).isFalse();

    assertThat(
            jdbc.sql("select last_used_step from totp_factors where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single())
        .isEqualTo(step + 1);
  }

  @Test
  void concurrentRequestsWithOneCodeSucceedOnce() throws Exception {
    String secret = totp.startEnrolment(userId, "ana@example.com").secret();
    List<String> recovery = totp.confirm(userId, Totp.code(secret, Totp.step(T0)));
    clock.set(T0.plusSeconds(120));
    String code = Totp.code(secret, Totp.step(T0.plusSeconds(120)));

    assertThat(race(() -> totp.verify(userId, code))).isEqualTo(1);
    assertThat(race(() -> totp.verify(userId, recovery.get(0)))).isEqualTo(1);
  }

  private static long race(java.util.concurrent.Callable<Boolean> attempt) throws Exception {
    int threads = 8;
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempt.call();
                }));
      }
      start.countDown();
      long wins = 0;
      for (var result : results) {
        wins += result.get() ? 1 : 0;
      }
      return wins;
    }
  }

  @Test
  void theCodeThatConfirmedEnrolmentCannotSignIn() {
    String secret = enable();

    assertThat(totp.verify(userId, Totp.code(secret, Totp.step(T0)))).isFalse();
  }

  @Test
  void codesWithSpacesAreAcceptedAndGarbageIsNot() {
    String secret = enable();
    clock.set(T0.plusSeconds(90));
    String code = Totp.code(secret, Totp.step(T0.plusSeconds(90)));

    assertThat(totp.verify(userId, "12345")).isFalse();
    assertThat(totp.verify(userId, "not a code")).isFalse();
    assertThat(totp.verify(userId, code.substring(0, 3) + " " + code.substring(3))).isTrue();
  }

  @Test
  void recoveryCodesWorkExactlyOnceInAnySpelling() {
    List<String> codes = enableWithCodes();

    assertThat(totp.verify(userId, codes.get(0))).isTrue();
    assertThat(totp.verify(userId, codes.get(0))).as("second use").isFalse();
    String shouted = " " + codes.get(1).toUpperCase(Locale.ROOT).replace("-", " ") + " ";
    assertThat(totp.verify(userId, shouted)).isTrue();
    assertThat(totp.verify(userId, codes.get(2).replace("-", ""))).isTrue();
    assertThat(totp.verify(userId, codes.get(2))).isFalse();
    assertThat(totp.verify(userId, "zzzzz-zzzzz")).isFalse();

    assertThat(audit.actionsFor(userId))
        .containsExactly(
            "mfa.totp.enabled",
            "mfa.recovery-code.used",
            "mfa.recovery-code.used",
            "mfa.recovery-code.used");
    assertThat(audit.eventsFor(userId).getLast().summary()).containsEntry("remaining", 7);
  }

  @Test
  void recoveryCodesAreStoredOnlyAsHashes() {
    List<String> codes = enableWithCodes();

    List<String> stored =
        jdbc.sql("select code_hash from recovery_codes where user_id = ?")
            .param(userId)
            .query(String.class)
            .list();

    assertThat(stored).hasSize(10).allMatch(h -> h.matches("[0-9a-f]{64}"));
    for (String code : codes) {
      assertThat(stored).noneMatch(h -> h.contains(code) || h.contains(code.replace("-", "")));
    }
  }

  @Test
  void recoveryCodesOfOneUserDoNotWorkForAnother() {
    List<String> codes = enableWithCodes();
    UUID other = Totp.insertUser(jdbc, null);

    assertThat(totp.verify(other, codes.get(0))).isFalse();
    assertThat(totp.verify(userId, codes.get(0))).isTrue();
  }

  @Test
  void secretIsEncryptedAtRestAndBoundToItsUser() {
    String secret = enable();
    byte[] raw = Totp.base32Decode(secret);

    byte[] stored =
        jdbc.sql("select secret_encrypted from totp_factors where user_id = ?")
            .param(userId)
            .query(byte[].class)
            .single();

    String storedHex = HexFormat.of().formatHex(stored);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
    assertThat(storedHex).doesNotContain(HexFormat.of().formatHex(raw));
    assertThat(secretBox.decrypt(stored, "totp:" + userId)).isEqualTo(raw);
    assertThatThrownBy(() -> secretBox.decrypt(stored, "totp:" + UUID.randomUUID()))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void restartingEnrolmentReplacesThePendingSecret() {
    TotpEnrolment first = totp.startEnrolment(userId, "ana@example.com");
    TotpEnrolment second = totp.startEnrolment(userId, "ana@example.com");

    assertThat(second.secret()).isNotEqualTo(first.secret());
    assertProblem(
        () -> totp.confirm(userId, Totp.code(first.secret(), Totp.step(T0))),
        400,
        "/problems/invalid-mfa-code");
    assertThat(totp.confirm(userId, Totp.code(second.secret(), Totp.step(T0)))).hasSize(10);
  }

  @Test
  void refusesToEnrolTwiceOrConfirmWithoutEnrolment() {
    assertProblem(() -> totp.confirm(userId, "123456"), 409, "/problems/conflict");

    enable();

    assertProblem(
        () -> totp.startEnrolment(userId, "ana@example.com"), 409, "/problems/mfa-already-enabled");
    assertProblem(() -> totp.confirm(userId, "123456"), 409, "/problems/mfa-already-enabled");
  }

  @Test
  void disableRemovesFactorAndCodes() {
    List<String> codes = enableWithCodes();

    totp.disable(userId);
    totp.disable(userId);

    assertThat(totp.isEnabled(userId)).isFalse();
    assertThat(rows("totp_factors")).isZero();
    assertThat(rows("recovery_codes")).isZero();
    assertThat(totp.verify(userId, codes.get(0))).isFalse();
    assertThat(audit.actionsFor(userId)).containsExactly("mfa.totp.enabled", "mfa.totp.disabled");
  }

  @Test
  void adminResetRemovesEverythingAndIsAudited() {
    enable();

    totp.resetByAdmin(userId);

    assertThat(totp.isEnabled(userId)).isFalse();
    assertThat(rows("totp_factors")).isZero();
    assertThat(rows("recovery_codes")).isZero();
    assertThat(audit.eventsFor(userId).getLast().summary()).containsEntry("reason", "admin-reset");
    // and the user can enrol again afterwards
    assertThat(totp.startEnrolment(userId, "ana@example.com").secret()).isNotBlank();
  }

  @Test
  void userWithoutMfaNeverVerifies() {
    assertThat(totp.isEnabled(userId)).isFalse();
    assertThat(totp.verify(userId, "123456")).isFalse();
    assertThat(totp.verify(userId, "abcde-f0123")).isFalse();
    assertThat(totp.isEnabled(UUID.randomUUID())).isFalse();
  }

  private String enable() {
    TotpEnrolment enrolment = totp.startEnrolment(userId, "ana@example.com");
    totp.confirm(userId, Totp.code(enrolment.secret(), Totp.step(clock.instant())));
    return enrolment.secret();
  }

  private List<String> enableWithCodes() {
    TotpEnrolment enrolment = totp.startEnrolment(userId, "ana@example.com");
    return totp.confirm(userId, Totp.code(enrolment.secret(), Totp.step(clock.instant())));
  }

  private int rows(String table) {
    return jdbc.sql("select count(*) from " + table + " where user_id = ?")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  private static void assertProblem(Runnable call, int status, String type) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(status);
              assertThat(e.getBody().getType()).hasToString(type);
            });
  }
}
