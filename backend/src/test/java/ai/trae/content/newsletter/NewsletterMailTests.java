package ai.trae.content.newsletter;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The newsletter's acceptance against a real SMTP server (GreenMail): double opt-in end to end, an
 * edition to 1,000 subscribers arriving exactly once each with working one-click unsubscribe
 * headers, and nothing for unsubscribed or bounced addresses the next time.
 */
@IntegrationTest
class NewsletterMailTests {

  private static final GreenMail MAIL =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost:8080(/n/s/\\S+)");

  static {
    MAIL.start();
  }

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Connectors connectors;

  Api api;
  String editor;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("trae.smtp.host", () -> "127.0.0.1");
    registry.add("trae.smtp.port", () -> MAIL.getSmtp().getPort());
    registry.add("trae.smtp.starttls", () -> false);
    registry.add("trae.smtp.from", () -> "TRAE <news@example.test>");
    registry.add("trae.jobs.polling-interval", () -> "1s");
    registry.add("trae.newsletter.send-rate", () -> 2000);
    registry.add("trae.newsletter.batch-size", () -> 200);
    registry.add("trae.rate-limit.policies.newsletter-signup-ip.capacity", () -> 1000);
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(http);
    editor = accounts.tokenFor("EDITOR");
    MAIL.purgeEmailFromAllMailboxes();
  }

  @Test
  void doubleOptInWorksEndToEndAndTellsNobodyWhoIsSubscribed() throws Exception {
    String list = createList("Opt-in");
    String email = "reader-" + UUID.randomUUID() + "@example.test";

    HttpResponse<String> signedUp = signup(list, email.toUpperCase());

    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(202);
    assertThat(status(list, email)).isEqualTo("pending");
    // other tests' confirmation mails may still arrive: look only at this address's
    await().atMost(Duration.ofSeconds(15)).until(() -> perAddress().containsKey(email));
    MimeMessage mail = mailTo(email);
    Matcher link = CONFIRM_LINK.matcher((String) mail.getContent());
    assertThat(link.find()).isTrue();
    String path = link.group(1);

    assertThat(http.get(path).statusCode()).isEqualTo(200);
    assertThat(status(list, email))
        .as("a link scanner's GET confirms nothing")
        .isEqualTo("pending");
    HttpResponse<String> confirmed = http.send("POST", path, "");
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("You are subscribed");
    assertThat(status(list, email)).isEqualTo("confirmed");
    assertThat(http.send("POST", path, "").statusCode()).as("single use").isEqualTo(404);
    HttpResponse<String> viaApi =
        api.anonymous(
            "POST",
            "/api/v1/newsletter/confirm",
            "{\"token\":\"%s\"}".formatted(path.substring("/n/s/".length())));
    assertThat(Api.type(viaApi)).isEqualTo("/problems/newsletter-link-invalid");

    HttpResponse<String> known = signup(list, email);
    String stranger = "new-" + UUID.randomUUID() + "@example.test";
    HttpResponse<String> unknown = signup(list, stranger);
    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
    await().atMost(Duration.ofSeconds(15)).until(() -> perAddress().containsKey(stranger));
    Thread.sleep(2_500); // two job polls: time for a stray mail to the confirmed address
    assertThat(perAddress().get(email))
        .as("the confirmed address is not mailed again")
        .isEqualTo(1);
  }

  @Test
  void signupsForOneAddressAreRateLimitedWhereverTheyComeFrom() {
    String list = createList("Limited");
    String email = "limited-" + UUID.randomUUID() + "@example.test";
    for (int i = 0; i < 3; i++) {
      assertThat(signup(list, email).statusCode()).isEqualTo(202);
    }
    HttpResponse<String> refused = signup(list, email);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(signup(list, "not-an-address").statusCode()).isEqualTo(400);
  }

  @Test
  void anEditionReachesAThousandSubscribersOnceEachAndOneClickUnsubscribeWorks() throws Exception {
    String list = createList("Thousand");
    String csv =
        "email\n"
            + IntStream.range(0, 1000)
                .mapToObj(i -> "r%04d@example.test".formatted(i))
                .collect(Collectors.joining("\n"));
    JsonNode imported = json(importCsv(list, csv));
    assertThat(imported.get("confirmed").asInt()).isEqualTo(1000);
    String send =
        "{\"idempotencyKey\":\"pub-1\",\"subject\":\"Issue 1\","
            + "\"markdown\":\"Hello [our site](https://example.org/page?a=1&b=2)\"}";

    HttpResponse<String> first = sendEdition(list, send);
    HttpResponse<String> again = sendEdition(list, send);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    String edition = json(first).get("id").asString();
    assertThat(json(again).get("id").asString()).as("same key, same edition").isEqualTo(edition);
    assertThat(json(first).get("total").asInt()).isEqualTo(1000);
    awaitSent(edition);
    Map<String, Long> perAddress = perAddress();
    assertThat(perAddress).hasSize(1000);
    assertThat(perAddress.values()).allMatch(n -> n == 1);
    JsonNode progress = json(api.get(editor, "/api/v1/newsletter/editions/" + edition));
    assertThat(progress.get("sent").asInt()).isEqualTo(1000);
    assertThat(progress.get("failed").asInt()).isZero();

    MimeMessage toLeave = mailTo("r0007@example.test");
    String header = toLeave.getHeader("List-Unsubscribe")[0];
    assertThat(toLeave.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    Matcher https =
        Pattern.compile("<(http[^>]+)>, <mailto:news@example.test\\?subject=unsubscribe>")
            .matcher(header);
    assertThat(https.find()).as(header).isTrue();
    String unsubscribe = URI.create(https.group(1)).getPath();
    assertThat(http.get(unsubscribe).statusCode()).isEqualTo(200);
    assertThat(status(list, "r0007@example.test"))
        .as("GET never unsubscribes")
        .isEqualTo("confirmed");
    HttpResponse<String> oneClick =
        http.send(
            "POST",
            unsubscribe,
            "List-Unsubscribe=One-Click",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(status(list, "r0007@example.test")).isEqualTo("unsubscribed");

    assertOpensAndClicksAreCounted(mailTo("r0001@example.test"), edition);

    api.send(
        editor,
        "POST",
        "/api/v1/newsletter/suppressions",
        "{\"email\":\"r0009@example.test\",\"reason\":\"bounced\"}");
    MAIL.purgeEmailFromAllMailboxes();
    String second = json(sendEdition(list, send.replace("pub-1", "pub-2"))).get("id").asString();
    awaitSent(second);
    Map<String, Long> next = perAddress();
    assertThat(next).hasSize(998).doesNotContainKeys("r0007@example.test", "r0009@example.test");
    assertThat(next.values()).allMatch(n -> n == 1);
  }

  @Test
  void theNewsletterChannelMailsEachPublicationOnce() throws Exception {
    String list = createList("Channel");
    importCsv(list, "email\nc1@example.test\nc2@example.test\nc3@example.test\n");
    Connector connector = connectors.get("newsletter");
    ChannelConfig channel = ChannelFixtures.channel(list);
    connector.validate(channel);
    assertThat(connector.health(channel).state()).isEqualTo(Health.State.OK);
    UUID publication = UUID.randomUUID();

    Outcome first = connector.publish(ChannelFixtures.dispatch(channel, publication, null));
    Outcome repeat = connector.publish(ChannelFixtures.dispatch(channel, publication, null));

    assertThat(first).isInstanceOf(Outcome.Delivered.class);
    String edition = ((Outcome.Delivered) first).externalId();
    assertThat(((Outcome.Delivered) repeat).externalId()).isEqualTo(edition);
    assertThat(connector.lookup(ChannelFixtures.dispatch(channel, publication, null)))
        .isEqualTo(new Lookup.Found(edition, null));
    assertThat(connector.lookup(ChannelFixtures.dispatch(channel, UUID.randomUUID(), null)))
        .isInstanceOf(Lookup.NotFound.class);
    awaitSent(edition);
    assertThat(connector.publish(ChannelFixtures.dispatch(channel, publication, edition)))
        .as("an update re-sends nothing")
        .isInstanceOf(Outcome.Delivered.class);
    Thread.sleep(1_500);
    assertThat(perAddress())
        .containsOnlyKeys("c1@example.test", "c2@example.test", "c3@example.test");
    assertThat(perAddress().values()).allMatch(n -> n == 1);
    MimeMessage mail = mailTo("c2@example.test");
    assertThat(mail.getSubject()).isEqualTo("Our spring issue");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("The Editors <news@example.test>");
    assertThat(part(mail, "text/html")).contains("<h1>Spring &lt;news&gt;</h1>").contains("/n/c/");
    assertThat(part(mail, "text/plain")).contains("Read [more](https://example.org/more).");
  }

  private void assertOpensAndClicksAreCounted(MimeMessage mail, String edition) throws Exception {
    String html = part(mail, "text/html");
    assertThat(html).contains("Unsubscribe").doesNotContain("href=\"https://example.org");
    Matcher pixel = Pattern.compile("src=\"http://localhost:8080(/n/o/[^\"]+)\"").matcher(html);
    Matcher click = Pattern.compile("href=\"http://localhost:8080(/n/c/[^\"]+)\"").matcher(html);
    assertThat(pixel.find()).isTrue();
    assertThat(click.find()).isTrue();
    assertThat(http.getBytes(pixel.group(1)).statusCode()).isEqualTo(200);
    assertThat(http.getBytes(pixel.group(1)).headers().firstValue("Content-Type"))
        .hasValue("image/gif");
    HttpResponse<String> redirect = http.get(click.group(1));
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location"))
        .hasValue("https://example.org/page?a=1&b=2");
    http.get(click.group(1));
    JsonNode progress = json(api.get(editor, "/api/v1/newsletter/editions/" + edition));
    assertThat(progress.get("opens").asInt()).isEqualTo(2);
    assertThat(progress.get("uniqueOpens").asInt()).isEqualTo(1);
    assertThat(progress.get("clicks").asInt()).isEqualTo(2);
    assertThat(progress.get("uniqueClicks").asInt()).isEqualTo(1);
    String forged = click.group(1).substring(0, click.group(1).length() - 2) + "AA";
    assertThat(http.get(forged).statusCode()).isEqualTo(404);
  }

  private void awaitSent(String edition) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                json(api.get(editor, "/api/v1/newsletter/editions/" + edition))
                    .get("status")
                    .asString()
                    .equals("sent"));
  }

  private static Map<String, Long> perAddress() {
    return Arrays.stream(MAIL.getReceivedMessages())
        .collect(Collectors.groupingBy(NewsletterMailTests::recipient, Collectors.counting()));
  }

  private static MimeMessage mailTo(String email) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> recipient(m).equals(email))
        .findFirst()
        .orElseThrow();
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart body = multi.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private String createList(String name) {
    HttpResponse<String> created =
        api.send(editor, "POST", "/api/v1/newsletter/lists", "{\"name\":\"%s\"}".formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asString();
  }

  private HttpResponse<String> signup(String list, String email) {
    return api.anonymous(
        "POST",
        "/api/v1/newsletter/lists/" + list + "/signup",
        "{\"email\":\"%s\"}".formatted(email));
  }

  private HttpResponse<String> sendEdition(String list, String body) {
    return api.send(editor, "POST", "/api/v1/newsletter/lists/" + list + "/editions", body);
  }

  private HttpResponse<String> importCsv(String list, String csv) {
    return http.send(
        "POST",
        "/api/v1/newsletter/lists/" + list + "/subscribers/import?consented=true",
        csv,
        "Authorization",
        "Bearer " + editor,
        "Content-Type",
        "text/csv");
  }

  private String status(String list, String email) {
    return jdbc.sql("select status from newsletter_subscribers where list_id = ? and email = ?")
        .params(UUID.fromString(list), email)
        .query(String.class)
        .single();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
