package ai.trae.content.media;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.PublishReadiness;
import ai.trae.platform.web.FieldProblem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An item goes out only once its cover image says what it shows to those who cannot see it. */
@Component
class CoverAltText implements PublishReadiness {

  private final MediaLibrary library;

  CoverAltText(MediaLibrary library) {
    this.library = library;
  }

  @Override
  public List<FieldProblem> problems(ContentItem item) {
    UUID cover = item.content().coverMediaId();
    if (cover == null || library.missingAltText(Set.of(cover)).isEmpty()) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            "coverMediaId",
            "The cover image needs alt text before the item is scheduled or published."));
  }
}
