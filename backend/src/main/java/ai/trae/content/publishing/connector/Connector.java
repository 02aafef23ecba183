package ai.trae.content.publishing.connector;

/**
 * A kind of destination ({@code webhook}, {@code mastodon}, …): a Spring bean, found by {@link
 * #type()}. Push connectors send in {@link #publish}; pull connectors (feeds, the delivery API)
 * answer {@link Outcome.Delivered} at once and serve published items when asked.
 */
public interface Connector {

  /** Settings, secrets and abilities; {@code spec().type()} is the key channels store. */
  ConnectorSpec spec();

  default String type() {
    return spec().type();
  }

  /**
   * Checks a channel's settings beyond what the spec's fields declare (a URL's scheme, a handle's
   * form).
   *
   * @throws ai.trae.platform.web.ValidationFailedException naming the field
   */
  default void validate(ChannelConfig channel) {}

  /**
   * Creates the item at the destination, or updates it when {@link Dispatch#externalId()} is set.
   * On a repeat after {@link Outcome.Unknown} the dispatch carries the same idempotency key.
   */
  Outcome publish(Dispatch dispatch);

  /** Removes (or hides) the item where the destination allows it. */
  default Outcome unpublish(Dispatch dispatch) {
    return new Outcome.Failed(
        "A " + type() + " channel cannot take a post back; remove it there.", Exchange.NONE);
  }

  /**
   * After an attempt whose outcome is unknown: did it arrive? Only asked when {@link
   * ConnectorSpec#canLookUp()}.
   */
  default Lookup lookup(Dispatch dispatch) {
    return new Lookup.Unsupported();
  }

  /** Whether the channel's credentials work now, without publishing anything. */
  Health health(ChannelConfig channel);

  /**
   * New secrets after a rotation, e.g. a webhook's next signing secret with the old one kept until
   * {@code overlapUntil}. Only called when {@link ConnectorSpec#rotatable()}.
   */
  default java.util.Map<String, String> rotate(
      ChannelConfig channel, java.time.Instant overlapUntil) {
    throw new UnsupportedOperationException(type() + " has no secret to rotate");
  }
}
