package ai.trae.identity.setup;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Once the owner exists, the start-up line only says where TRAE is (the configured URL). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {"trae.test.context=ready-notice", "trae.public-url=https://trae.example.test/"})
class ReadyNoticeTests {

  @Autowired ReadyNotice notice;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void withAnOwnerTheLineNamesThePublicUrlOnly(CapturedOutput output) {
    assertThat(output.getAll())
        .contains(
            "TRAE is ready at https://trae.example.test — open it to create the owner account");
    String owner = accounts.create("OWNER");
    jdbc.sql(
            """
            insert into setup_completion (id, completed_at, owner_id)
            select 1, now(), id from users where email = ?
            """)
        .param(owner)
        .update();

    notice.announce();

    assertThat(output.getAll()).containsPattern("TRAE is ready at https://trae.example.test\\R");
  }
}
