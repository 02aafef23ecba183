package ai.trae.content.publishing.connector;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every connector bean, by type. */
@Component
public class Connectors {

  private final Map<String, Connector> byType;

  Connectors(ObjectProvider<Connector> connectors) {
    this.byType =
        connectors
            .orderedStream()
            .collect(
                Collectors.toMap(
                    Connector::type,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalStateException("two connectors of type " + a.type());
                    },
                    java.util.TreeMap::new));
  }

  public Optional<Connector> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  public Connector get(String type) {
    return find(type).orElseThrow(() -> new IllegalStateException("no connector of type " + type));
  }

  /** In type order, for the API's list of what a channel can be. */
  public Collection<Connector> all() {
    return byType.values();
  }
}
