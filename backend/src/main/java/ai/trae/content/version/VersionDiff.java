package ai.trae.content.version;

import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Variant;
import ai.trae.content.version.WordDiff.Word;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions, field by field; unchanged fields are left out. Texts carry a
 * word diff, tags and channels what was added and removed, structured fields (SEO, cover, subject,
 * sections, co-authors) their value before and after.
 */
public record VersionDiff(int from, int to, List<FieldChange> fields) {

  public enum Change {
    CHANGED,
    ADDED,
    REMOVED;

    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param before the old value (null when added)
   * @param after the new value (null when removed)
   * @param words the word diff, for texts only
   * @param added for tags and channels: what is new
   * @param removed for tags and channels: what is gone
   */
  public record FieldChange(
      String field,
      Change change,
      @Nullable Object before,
      @Nullable Object after,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Word> words,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> added,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> removed) {}

  static VersionDiff between(int from, int to, ItemContent a, ItemContent b) {
    List<FieldChange> fields = new ArrayList<>();
    text(fields, "title", a.title(), b.title());
    value(fields, "slug", a.slug(), b.slug());
    text(fields, "summary", a.summary(), b.summary());
    text(fields, "body", a.body(), b.body());
    set(fields, "tags", a.tags(), b.tags());
    value(fields, "coverMediaId", a.coverMediaId(), b.coverMediaId());
    value(fields, "seo", a.seo(), b.seo());
    set(fields, "channels", a.channels(), b.channels());
    variants(fields, a.variants(), b.variants());
    value(fields, "subject", a.subject(), b.subject());
    value(fields, "sections", a.sections(), b.sections());
    value(fields, "coAuthorIds", a.coAuthorIds(), b.coAuthorIds());
    return new VersionDiff(from, to, List.copyOf(fields));
  }

  private static void variants(List<FieldChange> fields, List<Variant> a, List<Variant> b) {
    Map<String, Variant> before = byChannel(a);
    Map<String, Variant> after = byChannel(b);
    Set<String> channels = new LinkedHashSet<>(before.keySet());
    channels.addAll(after.keySet());
    for (String channel : channels) {
      Variant old = before.get(channel);
      Variant now = after.get(channel);
      String prefix = "variants." + channel + ".";
      text(
          fields,
          prefix + "title",
          old == null ? null : old.title(),
          now == null ? null : now.title());
      text(
          fields,
          prefix + "body",
          old == null ? null : old.body(),
          now == null ? null : now.body());
    }
  }

  private static Map<String, Variant> byChannel(List<Variant> variants) {
    Map<String, Variant> map = new LinkedHashMap<>();
    variants.forEach(v -> map.put(v.channel(), v));
    return map;
  }

  private static void text(
      List<FieldChange> fields, String field, @Nullable String a, @Nullable String b) {
    String before = a == null || a.isEmpty() ? null : a;
    String after = b == null || b.isEmpty() ? null : b;
    if (Objects.equals(before, after)) {
      return;
    }
    fields.add(
        new FieldChange(
            field,
            change(before, after),
            before,
            after,
            WordDiff.of(before == null ? "" : before, after == null ? "" : after),
            null,
            null));
  }

  private static void value(
      List<FieldChange> fields, String field, @Nullable Object a, @Nullable Object b) {
    Object before = empty(a) ? null : a;
    Object after = empty(b) ? null : b;
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(field, change(before, after), before, after, null, null, null));
    }
  }

  private static void set(List<FieldChange> fields, String field, List<String> a, List<String> b) {
    if (a.equals(b)) {
      return;
    }
    List<String> added = b.stream().filter(v -> !a.contains(v)).toList();
    List<String> removed = a.stream().filter(v -> !b.contains(v)).toList();
    Change change = a.isEmpty() ? Change.ADDED : b.isEmpty() ? Change.REMOVED : Change.CHANGED;
    fields.add(new FieldChange(field, change, a, b, null, added, removed));
  }

  private static boolean empty(@Nullable Object value) {
    return value == null
        || (value instanceof List<?> list && list.isEmpty())
        || ItemContent.Seo.NONE.equals(value)
        || (value instanceof String s && s.isEmpty());
  }

  private static Change change(@Nullable Object before, @Nullable Object after) {
    return before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
  }
}
