package ai.trae.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.trae.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DatabaseNotificationsTests {

  @Autowired DatabaseNotifications notifications;
  @Autowired JdbcClient jdbc;

  @Test
  void aSubscriberHearsEveryCommittedMessageOnItsChannelAndAGapWhenItStartsListening() {
    List<String> heard = new CopyOnWriteArrayList<>();
    AtomicInteger gaps = new AtomicInteger();
    notifications.subscribe("trae_test_channel", heard::add, gaps::incrementAndGet);
    // the listener opens its connection again with the new channel, and reports the gap first
    await().atMost(Duration.ofSeconds(10)).until(() -> gaps.get() > 0);

    jdbc.sql("select pg_notify('trae_test_channel', 'one')").query(String.class).single();
    jdbc.sql("select pg_notify('trae_other_channel', 'not ours')").query(String.class).single();
    jdbc.sql("select pg_notify('trae_test_channel', 'two')").query(String.class).single();

    await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 2);
    assertThat(heard).containsExactly("one", "two");
  }

  @Test
  void channelNamesAreCheckedBecauseTheyAreSpelledIntoSql() {
    assertThatThrownBy(() -> notifications.subscribe("x; drop table users", s -> {}, () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
