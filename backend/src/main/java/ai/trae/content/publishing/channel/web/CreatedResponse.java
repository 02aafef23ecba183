package ai.trae.content.publishing.channel.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * The create answer: the channel's fields as {@link ChannelResponse} shows them, plus the secrets
 * TRAE made for it ({@code generatedSecrets}, empty when the creator gave them all). Only this
 * answer carries them; a later read shows their names only.
 */
record CreatedResponse(
    @JsonUnwrapped ChannelResponse channel, Map<String, String> generatedSecrets) {

  static CreatedResponse of(ChannelResponse channel, Map<String, String> generatedSecrets) {
    return new CreatedResponse(channel, generatedSecrets);
  }
}
