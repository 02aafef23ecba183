package ai.trae.content.publishing.connector;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a channel's credentials work. A temporary failure (the destination is down) leaves the
 * credentials alone; only {@link State#CREDENTIAL_INVALID} asks a person to reconnect.
 *
 * @param expiresAt when the credential stops working, where the destination says (admins are warned
 *     ahead)
 */
public record Health(State state, String detail, @Nullable Instant expiresAt) {

  public enum State {
    OK,
    TEMPORARY_FAILURE,
    CREDENTIAL_INVALID
  }

  public static Health ok(String detail) {
    return new Health(State.OK, detail, null);
  }

  public static Health temporaryFailure(String detail) {
    return new Health(State.TEMPORARY_FAILURE, detail, null);
  }

  public static Health credentialInvalid(String detail) {
    return new Health(State.CREDENTIAL_INVALID, detail, null);
  }
}
