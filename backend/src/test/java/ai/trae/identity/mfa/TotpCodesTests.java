package ai.trae.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTests {

  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 Appendix B, the SHA-1 rows: the library and our glue compute the published codes. */
  @ParameterizedTest(name = "T = {0} s -> {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void computesTheRfc6238TestVectors(long epochSeconds, String expected) {
    TotpCodes codes = new TotpCodes(8);

    assertThat(codes.codeAt(RFC_SEED, Instant.ofEpochSecond(epochSeconds))).isEqualTo(expected);
    // the verifier finds it at the step it belongs to
    assertThat(codes.matchingStep(RFC_SEED, expected, Instant.ofEpochSecond(epochSeconds)))
        .hasValue(epochSeconds / 30);
  }

  @Test
  void sixDigitCodesAgreeWithAnIndependentHotp() {
    TotpCodes codes = new TotpCodes(6);
    long step = TotpCodes.stepAt(Instant.parse("2026-11-26T12:00:00Z"));

    for (long s = step; s < step + 50; s++) {
      assertThat(codes.codeForStep(RFC_SEED, s)).isEqualTo(Totp.hotp(RFC_SEED, s, 6));
    }
  }

  @Test
  void acceptsOneStepEitherSideAndNothingFurther() {
    TotpCodes codes = new TotpCodes(6);
    Instant now = Instant.parse("2026-11-26T12:00:10Z");
    long step = TotpCodes.stepAt(now);

    for (int offset = -1; offset <= 1; offset++) {
      assertThat(codes.matchingStep(RFC_SEED, Totp.hotp(RFC_SEED, step + offset, 6), now))
          .hasValue(step + offset);
    }
    assertThat(codes.matchingStep(RFC_SEED, Totp.hotp(RFC_SEED, step - 2, 6), now)).isEmpty();
    assertThat(codes.matchingStep(RFC_SEED, Totp.hotp(RFC_SEED, step + 2, 6), now)).isEmpty();
  }

  @Test
  void base32FollowsRfc4648WithoutPadding() {
    assertThat(Base32.encode("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
    assertThat(Base32.encode("foob".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YQ");
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32Decode(Base32.encode(RFC_SEED))).isEqualTo(RFC_SEED);
  }
}
