package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.auth.SigningKeys;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SigningKeyRotationTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired SigningKeys keys;
  @Autowired JdbcClient jdbc;

  @Test
  void rotationKeepsOldTokensValidAndPublishesBothKeys() throws Exception {
    String email = accounts.create("VIEWER");
    String before = accounts.login(email);
    String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

    keys.rotate();
    String after = accounts.login(email);

    assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
    assertThat(http.get("/api/v1/me", Accounts.bearer(before)).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/me", Accounts.bearer(after)).statusCode()).isEqualTo(200);
    var jwks = json(http.get("/.well-known/jwks.json")).get("keys");
    assertThat(jwks.findValuesAsString("kid")).contains(oldKid);
    assertThat(jwks.findValues("d")).as("no private parts published").isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from signing_keys"
                        + " where position(convert_to('\"d\":', 'UTF8') in private_key_encrypted) > 0")
                .query(Integer.class)
                .single())
        .as("private keys are stored encrypted")
        .isZero();
  }
}
