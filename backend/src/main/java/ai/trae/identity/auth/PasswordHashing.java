package ai.trae.identity.auth;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs bcrypt on a few platform threads of its own, first come first served. Requests run on
 * virtual threads, and a virtual thread hashing for ~60 ms holds its carrier the whole time: with
 * as many logins in flight as there are cores, no other request (nor one holding a database
 * connection) could run, so the pool ran dry and logins failed with 500s under load. Here the
 * waiting request parks, its carrier serves others, and logins queue in arrival order, which keeps
 * their latency even instead of leaving a few waiting for seconds.
 */
final class PasswordHashing implements PasswordEncoder, DisposableBean {

  private final PasswordEncoder encoder;
  private final ExecutorService hashers;

  PasswordHashing(PasswordEncoder encoder, int threads) {
    this.encoder = encoder;
    this.hashers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("password-hashing-", 0).daemon().factory());
  }

  @Override
  public @Nullable String encode(@Nullable CharSequence rawPassword) {
    return run(() -> encoder.encode(rawPassword));
  }

  @Override
  public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
    return run(() -> encoder.matches(rawPassword, encodedPassword));
  }

  @Override
  public boolean upgradeEncoding(@Nullable String encodedPassword) {
    return encoder.upgradeEncoding(encodedPassword);
  }

  private <T> T run(Supplier<T> work) {
    Future<T> result = hashers.submit(work::get);
    try {
      return result.get();
    } catch (InterruptedException ex) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while hashing a password", ex);
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(ex.getCause());
    }
  }

  @Override
  public void destroy() {
    hashers.shutdownNow();
  }
}
