package ai.trae.platform.database;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Row ids: UUIDv7 (RFC 9562), whose leading 48 bits are the creation time in milliseconds, so new
 * rows land at the end of the primary-key index instead of at random pages, and ids sort roughly in
 * creation order. Never for secrets: a v7 id tells when it was made and its random part is smaller;
 * tokens, links and keys keep {@code SecureRandom}.
 */
public final class Ids {

  // monotonic within one millisecond on this node, so ids made in sequence sort in that sequence
  private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

  private Ids() {}

  public static UUID newId() {
    return GENERATOR.generate();
  }
}
