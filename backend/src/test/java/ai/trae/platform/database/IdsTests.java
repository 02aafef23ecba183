package ai.trae.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

  @Test
  void idsAreVersion7AndSortInTheOrderTheyWereMade() {
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(Ids.newId());
    }

    assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    assertThat(made).allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
    assertThat(new HashSet<>(made)).hasSize(made.size());
    // PostgreSQL orders uuid by its bytes, i.e. by the lower-case hex text
    assertThat(made).isSortedAccordingTo(Comparator.comparing(UUID::toString));
    assertThat(made).isSorted();
  }

  @Test
  void theLeadingBitsAreTheCreationTime() {
    long before = System.currentTimeMillis();
    UUID id = Ids.newId();
    long after = System.currentTimeMillis();

    long millis = id.getMostSignificantBits() >>> 16;
    assertThat(millis).isBetween(before, after);
  }
}
