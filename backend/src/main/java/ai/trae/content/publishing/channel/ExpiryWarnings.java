package ai.trae.content.publishing.channel;

import ai.trae.identity.Notices;
import ai.trae.identity.Permissions;
import ai.trae.platform.mail.PublicLinks;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails everyone who may manage channels when a channel's credential is about to expire, once per
 * expiry ({@link ChannelHealth} raises the event once). From the outbox: if the SMTP server takes
 * none of the mails, the event stays incomplete and is sent again, so the warning is not lost.
 */
@Component
class ExpiryWarnings {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ChannelRows rows;
  private final Notices notices;
  private final PublicLinks links;

  ExpiryWarnings(ChannelRows rows, Notices notices, PublicLinks links) {
    this.rows = rows;
    this.notices = notices;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(ChannelCredentialExpiring event) {
    String name = rows.find(event.channelId()).map(Channel::name).orElse(event.slug());
    String when = WHEN.format(event.expiresAt());
    notices.mailHolders(
        Permissions.CHANNELS_MANAGE,
        "TRAE: reconnect the channel " + name + " before " + when,
        """
        The credentials of the channel %s (%s) expire at %s.
        After that, TRAE cannot publish to it until someone reconnects it.

        Open the channel: %s

        You get this mail because your role may manage channels."""
            .formatted(name, event.slug(), when, links.to("/channels/" + event.channelId())));
  }
}
