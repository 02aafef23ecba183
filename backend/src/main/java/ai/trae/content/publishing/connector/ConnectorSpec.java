package ai.trae.content.publishing.connector;

import java.util.List;

/**
 * What a connector takes and can do, published to the UI by the channels API.
 *
 * @param settings plain settings, returned by the API
 * @param secrets encrypted at rest and never returned after they are set
 * @param pull true when readers fetch from TRAE (feed, delivery API) instead of TRAE sending
 * @param repeatIsSafe true when the destination itself drops a repeat with the same idempotency key
 *     (Standard Webhooks' {@code webhook-id}, Mastodon's {@code Idempotency-Key}), so an unknown
 *     outcome may be sent again with the same key
 * @param canLookUp true when {@link Connector#lookup} can tell whether an earlier attempt arrived
 */
public record ConnectorSpec(
    String type,
    String label,
    List<Field> settings,
    List<Field> secrets,
    boolean pull,
    boolean canUpdate,
    boolean canUnpublish,
    boolean repeatIsSafe,
    boolean canLookUp,
    boolean rotatable) {

  public ConnectorSpec {
    settings = List.copyOf(settings);
    secrets = List.copyOf(secrets);
  }

  /** One setting or secret, e.g. {@code url} (a URL, required). */
  public record Field(String name, String label, Kind kind, boolean required, String help) {

    public static Field required(String name, String label, Kind kind, String help) {
      return new Field(name, label, kind, true, help);
    }

    public static Field optional(String name, String label, Kind kind, String help) {
      return new Field(name, label, kind, false, help);
    }
  }

  public enum Kind {
    TEXT,
    URL,
    EMAIL,
    NUMBER,
    BOOLEAN,
    SECRET
  }
}
