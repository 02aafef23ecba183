package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent.Section;
import org.jspecify.annotations.Nullable;

/** A part of a video script, in requests and answers. */
public record SectionFields(@Nullable String heading, @Nullable String body) {

  public static SectionFields of(Section section) {
    return new SectionFields(section.heading(), section.body());
  }

  Section toSection() {
    return new Section(VariantFields.orEmpty(heading), VariantFields.orEmpty(body));
  }
}
