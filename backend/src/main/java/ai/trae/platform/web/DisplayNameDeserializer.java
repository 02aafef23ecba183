package ai.trae.platform.web;

import java.text.Normalizer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads a {@link ValidDisplayName} in the one spelling it is stored in. */
class DisplayNameDeserializer extends StorableStringDeserializer {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    String value = super.deserialize(parser, context);
    return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
  }
}
