package ai.trae.content.publishing.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.publishing.PublishingCalls;
import ai.trae.content.publishing.PublishingIntegrationTest;
import ai.trae.content.publishing.RecordingConnector;
import ai.trae.content.publishing.connector.Health;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A credential about to expire is mailed, once, to everyone whose role may manage channels, through
 * a real SMTP server (GreenMail), and to nobody else.
 */
@PublishingIntegrationTest
class ExpiryWarningMailTests {

  private static final GreenMail MAIL = TestSmtp.start();

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("recordingConnector")
  RecordingConnector recording;

  ContentCallers api;
  Caller editor;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry, MAIL, "TRAE <trae@example.test>");
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @BeforeEach
  void setUp() throws Exception {
    api = new ContentCallers(http, accounts, jdbc);
    editor = api.user("EDITOR");
    recording.reset();
    MAIL.purgeEmailFromAllMailboxes();
  }

  @Test
  void whoMayManageChannelsIsMailedOnceBeforeACredentialExpires() throws Exception {
    String admin = accounts.create("ADMIN");
    String author = accounts.create("AUTHOR");
    var channel = new PublishingCalls(api, http).channel("recording", false, editor);
    Instant expires = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    recording.health = new Health(Health.State.OK, "Token works.", expires);

    HttpResponse<String> checked =
        api.send("POST", "/api/v1/channels/" + channel.id() + "/test", "", editor);
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);

    List<String> holders =
        jdbc.sql(
                "select u.email from users u join roles r on r.name = u.role"
                    + " where u.status = 'active' and 'channels:manage' = any (r.permissions)")
            .query(String.class)
            .list();
    assertThat(holders).contains(admin).doesNotContain(author);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> MAIL.getReceivedMessages().length >= holders.size());
    MimeMessage[] mails = MAIL.getReceivedMessages();
    assertThat(mails)
        .flatExtracting(m -> Arrays.stream(m.getAllRecipients()).map(Address::toString).toList())
        .containsExactlyInAnyOrderElementsOf(holders);
    MimeMessage first = mails[0];
    assertThat(first.getSubject()).contains("Channel " + channel.slug()).contains("UTC");
    assertThat((String) first.getContent())
        .contains(channel.slug())
        .contains("/channels/" + channel.id());

    // a second check of the same expiry warns nobody again
    api.send("POST", "/api/v1/channels/" + channel.id() + "/test", "", editor);
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertThat(MAIL.getReceivedMessages()).hasSize(holders.size());
  }
}
