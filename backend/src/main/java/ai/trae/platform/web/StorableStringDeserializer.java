package ai.trae.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every JSON string TRAE reads goes through here: text that cannot be stored is refused while
 * reading, as a 400 naming the field, instead of failing deep in the database as a 500.
 */
class StorableStringDeserializer extends StringDeserializer {

  static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    return checked(super.deserialize(parser, context), context);
  }

  static String checked(String value, DeserializationContext context) {
    if (value != null && !StorableText.isStorable(value)) {
      throw context.weirdStringException(value, String.class, MESSAGE);
    }
    return value;
  }
}
