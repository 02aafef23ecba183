package ai.trae.content;

import java.time.Instant;
import java.util.List;

/**
 * Delivery API answers went stale: a CDN in front of TRAE purges these surrogate keys ({@code
 * item-<id>}, {@code list-<channel>}), the same keys the answers carry in {@code Surrogate-Key}.
 */
public record DeliveryCachePurged(List<String> surrogateKeys, Instant at) {

  public DeliveryCachePurged {
    surrogateKeys = List.copyOf(surrogateKeys);
  }
}
