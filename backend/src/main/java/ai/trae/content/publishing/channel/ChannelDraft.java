package ai.trae.content.publishing.channel;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sends to create or change a channel.
 *
 * @param secrets for an update: a name left out keeps its secret, a null value removes it
 */
public record ChannelDraft(
    String slug,
    String name,
    String connector,
    Map<String, @Nullable String> settings,
    Map<String, @Nullable String> secrets,
    boolean requiresApproval) {}
