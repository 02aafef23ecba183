package ai.trae.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecoveryCodeTests {

  @Test
  void generatesTenDistinctCodesInTheDocumentedFormat() {
    List<String> codes = RecoveryCode.generate(new SecureRandom());

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(c -> c.matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
    assertThat(codes).allMatch(c -> RecoveryCode.normalise(c).equals(c.replace("-", "")));
  }

  @Test
  void normalisationIgnoresCaseSpacesAndDashesAndReadsLookAlikesAsDigits() {
    assertThat(RecoveryCode.normalise("abcde-f0123")).isEqualTo("abcdef0123");
    assertThat(RecoveryCode.normalise("  ABCDE F0123 ")).isEqualTo("abcdef0123");
    assertThat(RecoveryCode.normalise("abcdef0123")).isEqualTo("abcdef0123");
    assertThat(RecoveryCode.normalise("abcde-fO1I3")).isEqualTo("abcdef0113");
    assertThat(RecoveryCode.normalise("abcde-fL123")).isEqualTo("abcdef1123");
  }

  @Test
  void rejectsWhatCannotBeACode() {
    assertThat(RecoveryCode.normalise("abcde-f012")).isEmpty();
    assertThat(RecoveryCode.normalise("abcde-f01234")).isEmpty();
    assertThat(RecoveryCode.normalise("abcde-fu123")).isEmpty();
    assertThat(RecoveryCode.normalise("abcde_f0123")).isEmpty();
    assertThat(RecoveryCode.normalise("")).isEmpty();
  }

  @Test
  void hashesAreHexSha256SaltedByUser() {
    UUID alice = UUID.randomUUID();
    UUID bob = UUID.randomUUID();

    String hash = RecoveryCode.hash(alice, "abcdef0123");

    assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("abcdef0123");
    assertThat(RecoveryCode.hash(alice, "abcdef0123")).isEqualTo(hash);
    assertThat(RecoveryCode.hash(bob, "abcdef0123")).isNotEqualTo(hash);
    assertThat(new HashSet<>(List.of(hash, RecoveryCode.hash(alice, "abcdef0124")))).hasSize(2);
  }
}
