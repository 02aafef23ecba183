package ai.trae.platform.database;

/** Start-up could not reach or start the database; the message says what to fix. */
class DatabaseUnavailableException extends RuntimeException {

  private final String action;

  DatabaseUnavailableException(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  String action() {
    return action;
  }
}
