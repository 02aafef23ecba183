package ai.trae.content.publishing;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of channels and publications. */
public enum PublishingProblem implements ProblemKind {
  CHANNEL_NOT_FOUND(
      "channel-not-found", HttpStatus.NOT_FOUND, "Channel not found", "There is no such channel."),
  CHANNEL_SLUG_TAKEN(
      "channel-slug-taken",
      HttpStatus.CONFLICT,
      "Channel slug already in use",
      "Another channel has this slug. Choose another one."),
  CHANNEL_SLUG_LOCKED(
      "channel-slug-locked",
      HttpStatus.CONFLICT,
      "Channel slug cannot change",
      "Items target this channel by its slug, or it has publications: its slug stays as it is."),
  CHANNEL_IN_USE(
      "channel-in-use",
      HttpStatus.CONFLICT,
      "Channel in use",
      "Items still target this channel or were published to it (items and publications say"
          + " which). Remove the channel from those items first; a channel with publications is"
          + " kept for its delivery log."),
  ROTATION_UNSUPPORTED(
      "rotation-unsupported",
      HttpStatus.CONFLICT,
      "Nothing to rotate",
      "This channel's connector has no secret TRAE can rotate; change its secrets by editing it."),
  PUBLICATION_NOT_FOUND(
      "publication-not-found",
      HttpStatus.NOT_FOUND,
      "Publication not found",
      "There is no such publication."),
  PUBLICATION_NOT_RETRYABLE(
      "publication-not-retryable",
      HttpStatus.CONFLICT,
      "Not possible in this state",
      "Only a failed publication can be retried, and only one that needs checking can be sent"
          + " again or marked delivered; its status says where it stands.");

  private final Definition definition;

  PublishingProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
