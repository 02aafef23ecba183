package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Walks the chain oldest first and remembers the first row that does not hold. */
final class ChainVerifier {

  private final DerivedKeys keys;
  private byte @Nullable [] previous;
  private long checked;
  private @Nullable Long firstBrokenId;
  private @Nullable String reason;

  ChainVerifier(DerivedKeys keys) {
    this.keys = keys;
  }

  void accept(ChainRow row) {
    checked++;
    if (firstBrokenId != null) {
      return;
    }
    String problem = problem(row);
    if (problem != null) {
      firstBrokenId = row.id();
      reason = problem;
    }
    previous = row.hash();
  }

  private @Nullable String problem(ChainRow row) {
    if (!Arrays.equals(row.prevHash(), previous)) {
      return "unlinked";
    }
    if (row.macKeyId() == null) {
      return "unkeyed";
    }
    Optional<DerivedKey> key = keys.forMasterKey(AuditChain.KEY_PURPOSE, row.macKeyId());
    if (key.isEmpty()) {
      return "unknown-key";
    }
    byte[] expected = AuditChain.mac(key.get().key(), row.macKeyId(), row.content(), previous);
    return MessageDigest.isEqual(expected, row.hash()) ? null : "altered";
  }

  AuditEvents.Verification result() {
    return new AuditEvents.Verification(firstBrokenId == null, checked, firstBrokenId, reason);
  }
}
