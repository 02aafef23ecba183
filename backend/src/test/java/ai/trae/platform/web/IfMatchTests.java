package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTests {

  @Test
  void theHeaderNamesVersionsStrongOrWeakOrAny() {
    assertThat(IfMatch.parse("\"3\"").versions()).containsExactly(3L);
    assertThat(IfMatch.parse("W/\"3\", \"5\"").versions()).containsExactly(3L, 5L);
    assertThat(IfMatch.parse("*").versions()).isNull();
    assertThat(IfMatch.parse("\"abc\", 7, \"\"").versions()).isEmpty();
    assertThat(IfMatch.parse("*").matches(42)).isTrue();
    assertThat(IfMatch.parse("\"abc\"").matches(42)).isFalse();
  }

  @Test
  void expectedIsWhatAVersionedUpdateMayOverwrite() {
    assertThat(IfMatch.parse("*").expected(9)).isEqualTo(9);
    assertThat(IfMatch.parse("\"8\", \"9\"").expected(9)).isEqualTo(9);
    assertThat(IfMatch.parse("\"8\"").expected(9)).isEqualTo(8);
    assertThat(IfMatch.parse("\"x\"").expected(9)).isEqualTo(-1);
  }

  @Test
  void aStaleCheckCarriesTheCurrentRepresentationAndETag() {
    Versioned<String> current = Versioned.of("stored text", 4);

    assertThat(IfMatch.parse("\"4\"").check(current)).isSameAs(current);
    assertThatThrownBy(() -> IfMatch.parse("\"3\"").check(current))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            ex -> {
              assertThat(ex.getStatusCode().value()).isEqualTo(412);
              assertThat(ex.getBody().getType()).hasToString("/problems/version-conflict");
              assertThat(ex.getBody().getProperties()).containsEntry("current", "stored text");
              assertThat(ex.getHeaders().getETag()).isEqualTo("\"4\"");
            });
    assertThat(new PreconditionRequiredException().getStatusCode().value()).isEqualTo(428);
  }
}
