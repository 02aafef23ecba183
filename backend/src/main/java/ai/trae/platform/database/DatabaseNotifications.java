package ai.trae.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL NOTIFY messages, delivered to this node: how a node learns that another one changed a
 * row it may hold in a cache. One pooled connection per node LISTENs on every subscribed channel,
 * on a thread of its own. Whenever that connection is lost (and once it is back) every subscriber's
 * {@code onGap} runs, since notifications sent in between are gone: a cache clears itself then.
 *
 * <p>Notifications arrive after the sending transaction commits, a few milliseconds later; a
 * subscriber that needs read-your-writes on its own node still acts on its own writes directly.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
  private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final int WAIT_MILLIS = 500;
  private static final Duration RETRY = Duration.ofSeconds(2);

  private record Subscription(String channel, Consumer<String> onMessage, Runnable onGap) {}

  private final DataSource dataSource;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile boolean running;
  private volatile @Nullable Thread listener;

  DatabaseNotifications(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Calls {@code onMessage} with each payload sent to {@code channel} (by {@code pg_notify}), and
   * {@code onGap} whenever some may have been missed. Both run on the listener thread: keep them
   * short and never let them throw.
   *
   * @param channel lower-case letters, digits and underscores
   */
  public void subscribe(String channel, Consumer<String> onMessage, Runnable onGap) {
    if (!CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException("Not a channel name: " + channel);
    }
    subscriptions.add(new Subscription(channel, onMessage, onGap));
    Thread current = listener;
    if (current != null) {
      // the connection listens to the channels it knew when it opened: open it again
      current.interrupt();
    }
  }

  @Override
  public void start() {
    running = true;
    Thread thread = Thread.ofPlatform().daemon().name("db-notifications").unstarted(this::run);
    listener = thread;
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread thread = listener;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    listener = null;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        List<Subscription> listening = List.copyOf(subscriptions);
        try (Statement statement = connection.createStatement()) {
          for (String channel : listening.stream().map(Subscription::channel).distinct().toList()) {
            statement.execute("listen " + channel);
          }
        }
        // anything sent before LISTEN took effect was missed
        listening.forEach(s -> gap(s));
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running && !Thread.interrupted()) {
          PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notification : received) {
              deliver(listening, notification);
            }
          }
        }
        // the connection goes back to the pool: its next user must not collect our messages
        try (Statement statement = connection.createStatement()) {
          statement.execute("unlisten *");
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Lost the database notification connection; retrying in {}", RETRY, e);
          subscriptions.forEach(s -> gap(s));
          sleep();
        }
      }
    }
  }

  private static void deliver(List<Subscription> listening, PGNotification notification) {
    for (Subscription s : listening) {
      if (s.channel().equals(notification.getName())) {
        try {
          s.onMessage().accept(notification.getParameter());
        } catch (RuntimeException e) {
          log.warn("A subscriber to {} failed", s.channel(), e);
        }
      }
    }
  }

  private static void gap(Subscription s) {
    try {
      s.onGap().run();
    } catch (RuntimeException e) {
      log.warn("A subscriber to {} failed", s.channel(), e);
    }
  }

  private void sleep() {
    try {
      Thread.sleep(RETRY);
    } catch (InterruptedException e) {
      // stop() or a new subscription: the loop decides
    }
  }
}
