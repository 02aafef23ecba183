package ai.trae.content.publishing.channel.web;

import ai.trae.content.publishing.channel.ChannelDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel to create, or what it becomes. Setting values may be sent as JSON strings, numbers or
 * booleans; they are kept as strings.
 *
 * @param secrets on update: a name left out keeps its secret, {@code null} removes it
 */
record ChannelRequest(
    @NotNull @Size(max = 60) String slug,
    @NotNull @Size(max = 120) String name,
    @NotNull @Size(max = 40) String connector,
    @Nullable @Size(max = 50) Map<String, @Nullable Object> settings,
    @Nullable @Size(max = 20) Map<String, @Nullable String> secrets,
    @Nullable Boolean requiresApproval) {

  ChannelDraft draft() {
    Map<String, @Nullable String> values = new HashMap<>();
    if (settings != null) {
      settings.forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
    }
    return new ChannelDraft(
        slug,
        name,
        connector,
        values,
        secrets == null ? Map.of() : new HashMap<>(secrets),
        Boolean.TRUE.equals(requiresApproval));
  }
}
