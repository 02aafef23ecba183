package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdFilterTests {

  @ParameterizedTest
  @ValueSource(strings = {"abcdefgh", "0b6f3c9e-1d2a-4f7e-9c3b-2a1d0e9f8c7b", "trace:1234.5678_x"})
  void keepsSaneIds(String id) {
    assertThat(RequestIdFilter.sanitize(id)).isEqualTo(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"short", "has space inside", "new\nline-injection", "ünïcödé-id"})
  void replacesOthers(String id) {
    assertThat(RequestIdFilter.sanitize(id)).matches("[0-9a-f-]{36}");
  }

  @org.junit.jupiter.api.Test
  void masksInvitationTokensInLoggedPaths() {
    assertThat(RequestIdFilter.redact("/api/v1/invitations/abc.DEF-123"))
        .isEqualTo("/api/v1/invitations/***");
    assertThat(RequestIdFilter.redact("/invite/abc")).isEqualTo("/invite/***");
    assertThat(RequestIdFilter.redact("/api/v1/invitations/accept"))
        .isEqualTo("/api/v1/invitations/***");
    assertThat(RequestIdFilter.redact("/api/v1/system")).isEqualTo("/api/v1/system");
  }

  @org.junit.jupiter.api.Test
  void replacesOverlongIds() {
    assertThat(RequestIdFilter.sanitize("a".repeat(129))).hasSize(36);
  }
}
