package ai.trae.identity.setup;

import ai.trae.platform.mail.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last start-up line says where to open TRAE and, on a fresh install, that the first visit
 * creates the owner: otherwise a new operator has to guess both from the docs. Runs after the
 * headless bootstrap owner (an {@code ApplicationRunner}) had its chance.
 */
@Component
class ReadyNotice {

  private static final Logger log = LoggerFactory.getLogger(ReadyNotice.class);

  private final SetupService setup;
  private final PublicLinks links;
  private final Environment environment;

  ReadyNotice(SetupService setup, PublicLinks links, Environment environment) {
    this.setup = setup;
    this.links = links;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    log.info(message());
  }

  String message() {
    String line = "TRAE is ready at " + address();
    return setup.required() ? line + " — open it to create the owner account" : line;
  }

  /**
   * The configured public URL; without one, the port actually bound (the default public URL says
   * 8080, which is wrong under {@code SERVER_PORT=8086}).
   */
  private String address() {
    String port = environment.getProperty("local.server.port");
    if (environment.containsProperty("trae.public-url") || port == null) {
      String url = links.to("/");
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    return "http://localhost:" + port;
  }
}
