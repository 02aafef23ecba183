package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.auth.SigningKeys;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every way a forged or stale token can arrive ends in 401 problem details. */
@IntegrationTest
class JwtRejectionTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired SigningKeys keys;

  private JWTClaimsSet claims;

  @BeforeEach
  void validClaims() throws Exception {
    String token = accounts.login(accounts.create("EDITOR"));
    claims = SignedJWT.parse(token).getJWTClaimsSet();
  }

  @Test
  void theGenuineTokenWorks() throws Exception {
    assertThat(call(signWithTraeKey(claims)).statusCode()).isEqualTo(200);
  }

  @Test
  void badSignature() throws Exception {
    String token = signWithTraeKey(claims);
    String tampered =
        token.substring(0, token.lastIndexOf('.') + 1)
            + "AAAA"
            + token.substring(token.lastIndexOf('.') + 5);
    assertRejected(tampered);
  }

  @Test
  void algNone() {
    assertRejected(new PlainJWT(claims).serialize());
  }

  @Test
  void foreignKeyWithOurKid() throws Exception {
    ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(traeKey().getKeyID()).generate();
    assertRejected(sign(claims, foreign));
  }

  @Test
  void unknownKid() throws Exception {
    ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID("not-a-trae-key").generate();
    assertRejected(sign(claims, foreign));
  }

  @Test
  void expired() throws Exception {
    assertRejected(
        signWithTraeKey(
            with(
                b ->
                    b.issueTime(new Date(0))
                        .notBeforeTime(new Date(0))
                        .expirationTime(new Date(1000)))));
  }

  @Test
  void wrongIssuer() throws Exception {
    assertRejected(signWithTraeKey(with(b -> b.issuer("someone-else"))));
  }

  @Test
  void wrongAudience() throws Exception {
    assertRejected(signWithTraeKey(with(b -> b.audience("trae-api-mfa"))));
  }

  @Test
  void noExpiry() throws Exception {
    assertRejected(signWithTraeKey(with(b -> b.expirationTime(null))));
  }

  @Test
  void noKeyId() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), claims);
    jwt.sign(new ECDSASigner(traeKey()));
    assertRejected(jwt.serialize());
  }

  @Test
  void anotherAudienceBesideOurs() throws Exception {
    assertRejected(
        signWithTraeKey(with(b -> b.audience(java.util.List.of("trae-api", "someone-else")))));
  }

  @Test
  void noAudience() throws Exception {
    assertRejected(signWithTraeKey(with(b -> b.audience((String) null))));
  }

  @Test
  void revokedSession() throws Exception {
    String token = signWithTraeKey(claims);
    http.send("POST", "/api/v1/auth/logout", "", Accounts.bearer(token));
    assertRejected(token);
  }

  @Test
  void garbage() {
    assertRejected("not-a-jwt");
    assertRejected(Base64.getEncoder().encodeToString("{}".getBytes()));
  }

  private JWTClaimsSet with(UnaryOperator<JWTClaimsSet.Builder> change) {
    return change.apply(new JWTClaimsSet.Builder(claims)).build();
  }

  private ECKey traeKey() throws Exception {
    // the private half, as the server holds it: only tests reach for it
    var field = SigningKeys.class.getDeclaredMethod("signingKey");
    field.setAccessible(true);
    return (ECKey) field.invoke(keys);
  }

  private String signWithTraeKey(JWTClaimsSet set) throws Exception {
    return sign(set, traeKey());
  }

  private static String sign(JWTClaimsSet set, ECKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), set);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  private HttpResponse<String> call(String token) {
    return http.get("/api/v1/me", Accounts.bearer(token));
  }

  private void assertRejected(String token) {
    HttpResponse<String> response = call(token);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).get("type").asString()).isEqualTo("/problems/unauthorized");
  }
}
