package ai.trae.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

  private final Set<String> threads = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  private final PasswordEncoder slow =
      new PasswordEncoder() {
        @Override
        public String encode(@Nullable CharSequence raw) {
          return "hash:" + work(raw);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
          return ("hash:" + work(raw)).equals(encoded);
        }
      };

  private String work(@Nullable CharSequence raw) {
    threads.add(Thread.currentThread().getName());
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(20);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
    return String.valueOf(raw);
  }

  @Test
  void requestsOnVirtualThreadsHashOnAFewPlatformThreadsOfTheirOwn() throws Exception {
    PasswordHashing hashing = new PasswordHashing(slow, 2);
    try (var requests = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Boolean>> logins = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String password = "password " + i;
        logins.add(requests.submit(() -> hashing.matches(password, hashing.encode(password))));
      }
      for (Future<Boolean> login : logins) {
        assertThat(login.get()).isTrue();
      }
    } finally {
      hashing.destroy();
    }

    assertThat(threads).allMatch(name -> name.startsWith("password-hashing-")).hasSize(2);
    assertThat(mostInFlight).as("never more hashes at once than hashing threads").hasValue(2);
  }
}
