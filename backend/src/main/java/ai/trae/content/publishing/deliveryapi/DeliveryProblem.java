package ai.trae.content.publishing.deliveryapi;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the delivery API and its keys. */
public enum DeliveryProblem implements ProblemKind {
  DELIVERY_KEY_REQUIRED(
      "delivery-key-required",
      HttpStatus.UNAUTHORIZED,
      "Delivery key required",
      "The delivery API needs a delivery key: send it as Authorization: Bearer trae_dk_… or as"
          + " X-Delivery-Key. An administrator creates keys for the channel."),
  DELIVERY_KEY_INVALID(
      "delivery-key-invalid",
      HttpStatus.UNAUTHORIZED,
      "Delivery key not valid",
      "The delivery key is unknown or was revoked. Ask for a new one."),
  DELIVERY_NOT_FOUND(
      "delivery-not-found",
      HttpStatus.NOT_FOUND,
      "Not found",
      "No such published item in this channel, or the key does not belong to this channel (a key"
          + " reads only its own channel, and does not tell whether another exists)."),
  DELIVERY_CHANNEL_NOT_FOUND(
      "delivery-channel-not-found",
      HttpStatus.NOT_FOUND,
      "Delivery channel not found",
      "There is no channel of type delivery-api with this id; delivery keys belong to such"
          + " channels."),
  DELIVERY_KEY_NOT_FOUND(
      "delivery-key-not-found",
      HttpStatus.NOT_FOUND,
      "Delivery key not found",
      "The channel has no live delivery key with this id (it may already be revoked).");

  private final Definition definition;

  DeliveryProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
