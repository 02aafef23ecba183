package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The item's new content: every field is replaced (an absent list empties it), except a null or
 * blank slug, which keeps the current one.
 *
 * @param note the version's change note
 */
record UpdateItemRequest(
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
