package ai.trae.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The database of a {@link DataSliceTest}: a throw-away embedded PostgreSQL, statements counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedPostgresSlice {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Bean
  SqlStatements sqlStatements() {
    return new SqlStatements();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, SqlStatements statements) {
    DataSource real = postgres.getPostgresDatabase();
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              return result instanceof Connection connection
                  ? statements.counting(connection)
                  : result;
            });
  }

  static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException ex) {
      throw ex.getCause();
    }
  }
}
