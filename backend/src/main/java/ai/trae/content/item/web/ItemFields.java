package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable fields as a create or an update sends them, turned into an item's content. */
final class ItemFields {

  private ItemFields() {}

  static ItemContent content(
      String title,
      @Nullable String slug,
      @Nullable String summary,
      @Nullable String body,
      @Nullable List<String> tags,
      @Nullable UUID coverMediaId,
      @Nullable SeoFields seo,
      @Nullable List<String> channels,
      @Nullable List<VariantFields> variants,
      @Nullable String subject,
      @Nullable List<SectionFields> sections,
      @Nullable List<UUID> coAuthorIds) {
    return new ItemContent(
        title,
        slug == null ? "" : slug.strip(),
        summary == null || summary.isEmpty() ? null : summary,
        body == null ? "" : body,
        tags == null ? List.of() : tags,
        coverMediaId,
        seo == null ? Seo.NONE : seo.toSeo(),
        channels == null ? List.of() : channels,
        variants == null ? List.of() : variants.stream().map(VariantFields::toVariant).toList(),
        subject == null || subject.isEmpty() ? null : subject,
        sections == null ? List.of() : sections.stream().map(SectionFields::toSection).toList(),
        coAuthorIds == null ? List.of() : coAuthorIds);
  }
}
