package ai.trae.content.publishing.publication;

import ai.trae.content.publishing.connector.Outcome;

/** How an outcome reads in the delivery log: its outcome word and its reason. */
final class OutcomeText {

  private OutcomeText() {}

  static String label(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Delivered d -> "delivered";
      case Outcome.Retry r -> "retry";
      case Outcome.Unknown u -> "unknown";
      case Outcome.Failed f -> "failed";
      case Outcome.CredentialRejected c -> "credential_rejected";
    };
  }

  static String reason(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Delivered d -> "Delivered.";
      case Outcome.Retry r -> r.reason();
      case Outcome.Unknown u -> u.reason();
      case Outcome.Failed f -> f.reason();
      case Outcome.CredentialRejected c -> c.reason();
    };
  }
}
