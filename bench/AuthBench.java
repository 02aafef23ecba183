import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the identity endpoints of a running TRAE: password logins per second, refreshes per
 * second (each client rotating its own refresh cookie) and authenticated GET /api/v1/me latency,
 * each at a fixed number of concurrent clients. Run by bench/auth-bench.sh; JDK 21+ only, no
 * dependencies: java bench/AuthBench.java BASE_URL EMAIL PASSWORD [CLIENTS] [SECONDS]
 */
public class AuthBench {

  private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("trae_refresh=([^;]+)");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String body = "{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}";
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    HttpClient http =
        HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    System.out.printf("TRAE auth benchmark: %d concurrent clients, %d s per phase, %s%n", clients, seconds, base);
    run("login (POST /auth/login)", clients, seconds, i -> {
      HttpResponse<String> r = post(http, base + "/api/v1/auth/login", body, null);
      return r.statusCode() == 200;
    });

    String[] cookies = new String[clients];
    String[] tokens = new String[clients];
    for (int i = 0; i < clients; i++) {
      HttpResponse<String> r = post(http, base + "/api/v1/auth/login", body, null);
      cookies[i] = find(COOKIE, r.headers().firstValue("Set-Cookie").orElseThrow());
      tokens[i] = find(TOKEN, r.body());
    }
    run("refresh (POST /auth/refresh, rotating)", clients, seconds, i -> {
      HttpResponse<String> r = post(http, base + "/api/v1/auth/refresh", "", "trae_refresh=" + cookies[i]);
      r.headers().firstValue("Set-Cookie").ifPresent(c -> cookies[i] = find(COOKIE, c));
      return r.statusCode() == 200;
    });
    run("GET /api/v1/me (bearer JWT, session checked)", clients, seconds, i -> {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
              .header("Authorization", "Bearer " + tokens[i])
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    });
  }

  interface Call {
    boolean run(int client) throws Exception;
  }

  static void run(String name, int clients, int seconds, Call call) throws Exception {
    // warm-up: a second per phase, not measured
    phase(clients, 1, call);
    Result result = phase(clients, seconds, call);
    List<Long> l = result.latencies();
    Collections.sort(l);
    System.out.printf(
        "%-46s %8.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%n",
        name,
        l.size() / (double) seconds,
        pct(l, 50),
        pct(l, 95),
        pct(l, 99),
        result.errors());
  }

  record Result(List<Long> latencies, int errors) {}

  static Result phase(int clients, int seconds, Call call) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int client = c;
        pool.submit(() -> {
          try {
            while (System.nanoTime() < end) {
              long start = System.nanoTime();
              boolean ok;
              try {
                ok = call.run(client);
              } catch (Exception e) {
                ok = false;
              }
              if (ok) {
                latencies.add(System.nanoTime() - start);
              } else {
                errors.incrementAndGet();
              }
            }
          } finally {
            done.countDown();
          }
        });
      }
      done.await();
    }
    return new Result(new ArrayList<>(latencies), errors.get());
  }

  static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  static HttpResponse<String> post(HttpClient http, String url, String body, String cookie) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("not found in: " + text);
    }
    return m.group(1);
  }
}
