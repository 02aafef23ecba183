package ai.trae.content.publishing.deliveryapi;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.platform.mail.PublicLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A pull channel: a published item targeting the channel is served by the delivery API from the
 * moment it is published; nothing is sent. Readers need one of the channel's delivery keys.
 */
@Component
public class DeliveryApiConnector implements Connector {

  public static final String TYPE = "delivery-api";

  private static final ConnectorSpec SPEC =
      new ConnectorSpec(
          TYPE, "Delivery API", List.of(), List.of(), true, true, true, true, false, false);

  private final PublicLinks links;

  DeliveryApiConnector(PublicLinks links) {
    this.links = links;
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    return new Outcome.Delivered(dispatch.item().id().toString(), url(dispatch), Exchange.NONE);
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    return new Outcome.Delivered(dispatch.item().id().toString(), url(dispatch), Exchange.NONE);
  }

  @Override
  public Health health(ChannelConfig channel) {
    return Health.ok("Readers pull from the delivery API with the channel's delivery keys.");
  }

  private String url(Dispatch dispatch) {
    return links.to(
        "/api/v1/delivery/" + dispatch.channel().slug() + "/items/" + dispatch.item().slug());
  }
}
