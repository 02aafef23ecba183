package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new item. Lengths are checked against the type's limits by the service (they differ per type);
 * here only what must be present.
 *
 * @param type {@code article}, {@code blog-post}, {@code social-post}, {@code video-script} or
 *     {@code newsletter}
 * @param slug blank or absent: made from the title
 * @param status {@code idea} or {@code draft} (the default)
 * @param note the first version's change note
 */
record CreateItemRequest(
    @NotBlank String type,
    @NotNull String title,
    @Nullable String slug,
    @Nullable String summary,
    @Nullable String body,
    @Nullable List<@NotNull String> tags,
    @Nullable UUID coverMediaId,
    @Nullable SeoFields seo,
    @Nullable List<@NotNull String> channels,
    @Nullable List<@NotNull @Valid VariantFields> variants,
    @Nullable String subject,
    @Nullable List<@NotNull SectionFields> sections,
    @Nullable List<@NotNull UUID> coAuthorIds,
    @Nullable String status,
    @Nullable String note) {

  ItemContent content() {
    return ItemFields.content(
        title,
        slug,
        summary,
        body,
        tags,
        coverMediaId,
        seo,
        channels,
        variants,
        subject,
        sections,
        coAuthorIds);
  }
}
