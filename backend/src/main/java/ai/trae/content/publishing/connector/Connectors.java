package ai.trae.content.publishing.connector;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every connector bean, by type. Looked up on first use, not at construction: connectors depend on
 * jobs (the newsletter's sender) whose task beans depend on this, and a constructor that resolved
 * them would close that circle.
 */
@Component
public class Connectors {

  private final ObjectProvider<Connector> connectors;
  private volatile @Nullable Map<String, Connector> byType;

  Connectors(ObjectProvider<Connector> connectors) {
    this.connectors = connectors;
  }

  private Map<String, Connector> byType() {
    Map<String, Connector> known = byType;
    if (known == null) {
      known =
          connectors
              .orderedStream()
              .collect(
                  Collectors.toMap(
                      Connector::type,
                      Function.identity(),
                      (a, b) -> {
                        throw new IllegalStateException("two connectors of type " + a.type());
                      },
                      TreeMap::new));
      byType = known;
    }
    return known;
  }

  public Optional<Connector> find(String type) {
    return Optional.ofNullable(byType().get(type));
  }

  public Connector get(String type) {
    return find(type).orElseThrow(() -> new IllegalStateException("no connector of type " + type));
  }

  /** In type order, for the API's list of what a channel can be. */
  public Collection<Connector> all() {
    return byType().values();
  }
}
