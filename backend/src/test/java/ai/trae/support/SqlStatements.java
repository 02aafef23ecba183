package ai.trae.support;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the statements a {@link DataSliceTest} sends, so a test can say "one query for the whole
 * batch" and fail on an N+1.
 */
public class SqlStatements {

  private final AtomicInteger prepared = new AtomicInteger();

  /** Statements prepared or created since the last {@link #reset}. */
  public int count() {
    return prepared.get();
  }

  public void reset() {
    prepared.set(0);
  }

  Connection counting(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.equals("prepareStatement")
                  || name.equals("createStatement")
                  || name.equals("prepareCall")) {
                prepared.incrementAndGet();
              }
              return EmbeddedPostgresSlice.invoke(connection, method, args);
            });
  }
}
