package ai.trae.content.publishing.channel.web;

import ai.trae.content.publishing.connector.ConnectorSpec;
import java.util.List;
import java.util.Locale;

/** A kind of channel, with the fields its form asks for and what it can do. */
record ConnectorTypeResponse(
    String type,
    String label,
    List<FieldResponse> settings,
    List<FieldResponse> secrets,
    boolean pull,
    boolean canUpdate,
    boolean canUnpublish,
    boolean repeatIsSafe,
    boolean canLookUp,
    boolean rotatable) {

  record FieldResponse(String name, String label, String kind, boolean required, String help) {
    static FieldResponse from(ConnectorSpec.Field f) {
      return new FieldResponse(
          f.name(), f.label(), f.kind().name().toLowerCase(Locale.ROOT), f.required(), f.help());
    }
  }

  static ConnectorTypeResponse from(ConnectorSpec s) {
    return new ConnectorTypeResponse(
        s.type(),
        s.label(),
        s.settings().stream().map(FieldResponse::from).toList(),
        s.secrets().stream().map(FieldResponse::from).toList(),
        s.pull(),
        s.canUpdate(),
        s.canUnpublish(),
        s.repeatIsSafe(),
        s.canLookUp(),
        s.rotatable());
  }
}
