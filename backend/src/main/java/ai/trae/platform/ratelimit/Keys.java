package ai.trae.platform.ratelimit;

import ai.trae.platform.crypto.OpaqueTokens;
import java.util.HexFormat;

/** Bucket keys that never hold a secret (a token) or personal data (an account) as it was sent. */
final class Keys {

  private Keys() {}

  static String sha256(String value) {
    return HexFormat.of().formatHex(OpaqueTokens.sha256(value));
  }
}
