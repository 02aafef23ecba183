package ai.trae.integrations.ai.provider;

import java.util.List;

/**
 * What "Test connection" found.
 *
 * @param ok the provider answered its model list with the stored key
 * @param detail for a person: how many models, or the provider's own reason for refusing
 * @param models what the provider lists (all of them, whatever the allow-list says)
 * @param latencyMs how long the listing took, the provider's round trip included
 */
public record ConnectionCheck(boolean ok, String detail, List<String> models, long latencyMs) {

  public ConnectionCheck {
    models = List.copyOf(models);
  }
}
