package ai.trae.content.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.crypto.DerivedKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MailTokensTests {

  private static DerivedKeys keys(int id, String secret) {
    return new DerivedKeys() {
      @Override
      public DerivedKey current(String purpose) {
        return key(purpose);
      }

      @Override
      public Optional<DerivedKey> forMasterKey(String purpose, int masterKeyId) {
        return masterKeyId == id ? Optional.of(key(purpose)) : Optional.empty();
      }

      private DerivedKey key(String purpose) {
        return new DerivedKey(
            id,
            new SecretKeySpec((secret + purpose).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      }
    };
  }

  private final MailTokens tokens = new MailTokens(keys(7, "one"));

  @Test
  void eachTokenNamesWhatItWasMadeForAndNothingElse() {
    UUID subscriber = UUID.randomUUID();
    String unsubscribe = tokens.unsubscribe(subscriber);
    assertThat(tokens.unsubscribeSubscriber(unsubscribe)).hasValue(subscriber);
    assertThat(tokens.openRecipient(tokens.open(42))).hasValue(42L);
    MailTokens.Click click =
        tokens.clicked(tokens.click(42, "https://example.test/a?b=c")).orElseThrow();
    assertThat(click.recipientId()).isEqualTo(42);
    assertThat(click.url()).isEqualTo("https://example.test/a?b=c");

    assertThat(tokens.openRecipient(unsubscribe)).as("another purpose's key").isEmpty();
    assertThat(tokens.clicked(tokens.open(42))).isEmpty();
    assertThat(new MailTokens(keys(7, "two")).unsubscribeSubscriber(unsubscribe))
        .as("another key")
        .isEmpty();
    assertThat(new MailTokens(keys(8, "one")).unsubscribeSubscriber(unsubscribe))
        .as("a master key the keyset no longer holds")
        .isEmpty();
  }

  @Test
  void aClickTokenWithAnotherUrlOrBrokenBytesIsRefused() {
    byte[] raw = Base64.getUrlDecoder().decode(tokens.click(1, "https://example.test/"));
    byte[] evil = "https://evil.test/".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(evil, 0, raw, 8, Math.min(evil.length, raw.length - 8 - 20));
    assertThat(tokens.clicked(Base64.getUrlEncoder().withoutPadding().encodeToString(raw)))
        .isEmpty();
    assertThat(tokens.clicked("not base64 !")).isEmpty();
    assertThat(tokens.clicked("")).isEmpty();
    assertThat(tokens.clicked("AAAA")).isEmpty();
  }
}
