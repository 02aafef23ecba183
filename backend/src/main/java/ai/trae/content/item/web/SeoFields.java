package ai.trae.content.item.web;

import ai.trae.content.item.ItemContent.Seo;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The SEO panel, in requests and answers; every field may be null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SeoFields(
    @Nullable String metaTitle, @Nullable String metaDescription, @Nullable String canonicalUrl) {

  public static SeoFields of(Seo seo) {
    return new SeoFields(seo.metaTitle(), seo.metaDescription(), seo.canonicalUrl());
  }

  Seo toSeo() {
    return new Seo(blankToNull(metaTitle), blankToNull(metaDescription), blankToNull(canonicalUrl));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
