package ai.trae.content.publishing.feed;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the public feeds. */
public enum FeedProblem implements ProblemKind {
  FEED_NOT_FOUND(
      "feed-not-found",
      HttpStatus.NOT_FOUND,
      "Feed not found",
      "There is no feed channel with this slug. Feeds live at /feeds/{channel}.rss and"
          + " /feeds/{channel}.atom for channels of type feed.");

  private final Definition definition;

  FeedProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
