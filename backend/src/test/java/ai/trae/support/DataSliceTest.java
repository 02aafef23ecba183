package ai.trae.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * A data slice: only JDBC, Spring Data JDBC and Flyway, on a real PostgreSQL 17 (an embedded one
 * per test context, all migrations applied, every test in a transaction rolled back afterwards).
 * Import the repository under test ({@code @Import(Users.class)}); count statements with {@link
 * SqlStatements}. Starts in about a second, against ten for an {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJdbcTest(
    properties = {
      // the full app sets this from the pool's role (LeastPrivilegeMigrations); here one role
      // both migrates and runs, so the migrations' revokes have nothing to take away
      "spring.flyway.placeholders.runtime_role=postgres"
    })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresSlice.class)
public @interface DataSliceTest {}
