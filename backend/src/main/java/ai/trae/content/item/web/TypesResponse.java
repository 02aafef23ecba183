package ai.trae.content.item.web;

import ai.trae.content.item.ChannelLimits;
import ai.trae.content.item.ContentType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each content type has and how long its fields may be, and each network's length limit, so
 * clients show only a type's panels and count against the limits the server enforces.
 */
record TypesResponse(List<TypeResponse> items, Map<String, Integer> channelLimits) {

  /**
   * @param limits in user-perceived characters: {@code title}, {@code body}, and {@code summary},
   *     {@code subject}, {@code sections} (a count) where the type has them
   */
  record TypeResponse(
      String type,
      String label,
      boolean seo,
      boolean summary,
      boolean sections,
      boolean subject,
      Map<String, Integer> limits) {

    static TypeResponse of(ContentType type) {
      Map<String, Integer> limits = new LinkedHashMap<>();
      limits.put("title", type.limits().title());
      if (type.hasSummary()) {
        limits.put("summary", type.limits().summary());
      }
      limits.put("body", type.limits().body());
      if (type.hasSubject()) {
        limits.put("subject", ContentType.MAX_SUBJECT);
      }
      if (type.hasSections()) {
        limits.put("sections", ContentType.MAX_SECTIONS);
      }
      return new TypeResponse(
          type.value(),
          type.label(),
          type.hasSeo(),
          type.hasSummary(),
          type.hasSections(),
          type.hasSubject(),
          limits);
    }
  }

  static TypesResponse all() {
    return new TypesResponse(
        Arrays.stream(ContentType.values()).map(TypeResponse::of).toList(), ChannelLimits.NETWORKS);
  }
}
