package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone without the password cannot keep a user out: a browser that signed in before keeps its
 * own failure budget (OWASP device cookies).
 */
@IntegrationTest
class DeviceCookieTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  @Test
  void theUsersOwnBrowserStillSignsInAfterStrangersLockTheAccount() {
    String email = accounts.create("OWNER");
    String device = deviceCookie(accounts.loginResponse(email, Accounts.PASSWORD));
    for (int i = 0; i < 16; i++) {
      assertThat(accounts.loginResponse(email, "guess number " + i).statusCode()).isEqualTo(401);
    }
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);

    HttpResponse<String> own = login(email, Accounts.PASSWORD, device);

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    // and strangers are still locked out afterwards
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);
  }

  @Test
  void failuresFromAKnownBrowserLockOnlyThatBrowser() {
    String email = accounts.create("EDITOR");
    String device = deviceCookie(accounts.loginResponse(email, Accounts.PASSWORD));
    for (int i = 0; i < 5; i++) {
      assertThat(login(email, "typo number " + i, device).statusCode()).isEqualTo(401);
    }

    assertThat(login(email, Accounts.PASSWORD, device).statusCode()).isEqualTo(401);
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aDeviceCookieCountsOnlyForTheAccountThatEarnedIt() {
    String email = accounts.create("AUTHOR");
    String other = accounts.create("AUTHOR");
    String device = deviceCookie(accounts.loginResponse(other, Accounts.PASSWORD));
    for (int i = 0; i < 5; i++) {
      assertThat(accounts.loginResponse(email, "guess number " + i).statusCode()).isEqualTo(401);
    }

    assertThat(login(email, Accounts.PASSWORD, device).statusCode()).isEqualTo(401);
    assertThat(login(email, Accounts.PASSWORD, "made-up").statusCode()).isEqualTo(401);
  }

  static String deviceCookie(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String header =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("trae_device="))
            .findFirst()
            .orElseThrow();
    assertThat(header).contains("HttpOnly").contains("SameSite=Strict");
    return header.substring(0, header.indexOf(';'));
  }

  HttpResponse<String> login(String email, String password, String cookie) {
    return http.send(
        "POST",
        "/api/v1/auth/login",
        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password),
        "Content-Type",
        "application/json",
        "Cookie",
        cookie.contains("=") ? cookie : "trae_device=" + cookie);
  }
}
