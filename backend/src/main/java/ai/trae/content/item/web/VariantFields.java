package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent.Variant;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** One channel's text, in requests and answers; a null title keeps the item's. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VariantFields(
    @NotNull String channel, @Nullable String title, @Nullable String body) {

  public static VariantFields of(Variant variant) {
    return new VariantFields(variant.channel(), variant.title(), variant.body());
  }

  Variant toVariant() {
    return new Variant(channel, title == null || title.isBlank() ? null : title, orEmpty(body));
  }

  static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
