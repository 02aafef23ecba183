package ai.trae.platform.crypto;

/** A stored secret could not be decrypted; never carries the secret itself. */
public class SecretBoxException extends RuntimeException {

  public SecretBoxException(String message, Throwable cause) {
    super(message, cause);
  }
}
