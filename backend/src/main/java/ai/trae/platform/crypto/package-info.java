/** Encryption at rest: one AEAD keyset (Tink) for every secret TRAE stores. */
@NamedInterface("crypto")
@NullMarked
package ai.trae.platform.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
