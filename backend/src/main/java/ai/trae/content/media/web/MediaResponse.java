package ai.trae.content.media.web;

import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.media.Media;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A media file as the API shows it.
 *
 * @param createdBy who uploaded it
 * @param sha256 hex SHA-256 of the uploaded bytes (the content's ETag)
 * @param contentUrl the original's bytes (needs a credential; ask for a signed URL for a browser
 *     element)
 */
record MediaResponse(
    UUID id,
    String fileName,
    String mediaType,
    String kind,
    long size,
    @Nullable Integer width,
    @Nullable Integer height,
    String altText,
    String sha256,
    String contentUrl,
    List<VariantResponse> variants,
    PersonResponse createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static PersonResponse person(UUID id, Map<UserId, Person> people) {
    Person person = people.get(UserId.of(id));
    return person == null
        ? new PersonResponse(id, "Unknown user", "?")
        : new PersonResponse(id, person.displayName(), person.initials());
  }

  record VariantResponse(
      String name, String mediaType, int width, int height, long size, String url) {}

  /** The uploader's name from {@code people}, fetched once for a whole page. */
  static MediaResponse from(Media m, Map<UserId, Person> people) {
    String base = MediaController.BASE + m.id();
    return new MediaResponse(
        m.id(),
        m.fileName(),
        m.mediaType(),
        m.kind().value(),
        m.size(),
        m.width(),
        m.height(),
        m.altText(),
        m.sha256(),
        base + "/content",
        m.variants().stream()
            .map(
                v ->
                    new VariantResponse(
                        v.name(),
                        v.mediaType(),
                        v.width(),
                        v.height(),
                        v.size(),
                        base + "/variants/" + v.name()))
            .toList(),
        person(m.createdBy(), people),
        m.createdAt(),
        m.updatedAt(),
        m.version());
  }
}
