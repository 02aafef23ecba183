package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Walks the linked rows in chain order and remembers the first row that does not hold. */
final class ChainVerifier {

  private final DerivedKeys keys;
  private byte @Nullable [] previous;
  private long previousSeq;
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
    previousSeq = row.chainSeq() == null ? previousSeq + 1 : row.chainSeq();
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
    if (row.hash() == null || !MessageDigest.isEqual(expected, row.hash())) {
      return "altered";
    }
    // the content MAC is what stops a rewritten row from being linked as if it were the original
    if (row.contentMac() == null) {
      return "unkeyed";
    }
    byte[] sealed = AuditChain.seal(key.get().key(), row.macKeyId(), row.content());
    if (!MessageDigest.isEqual(sealed, row.contentMac())) {
      return "altered";
    }
    // positions renumbered behind the chainer's back: the links hold, the numbering does not
    return row.chainSeq() != null && row.chainSeq() == previousSeq + 1 ? null : "unlinked";
  }

  AuditEvents.Verification result(long pending) {
    return new AuditEvents.Verification(
        firstBrokenId == null, checked, firstBrokenId, reason, pending);
  }
}
