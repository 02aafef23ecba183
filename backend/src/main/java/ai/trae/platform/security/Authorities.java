package ai.trae.platform.security;

/** Authorities that are not permissions but say what kind of credential is in use. */
public final class Authorities {

  /** A browser session that has passed every required step (password, MFA, enrolment). */
  public static final String FULL_SESSION = "session:full";

  /** Authenticated through a personal access token. */
  public static final String API_TOKEN = "credential:token";

  /**
   * A personal access token whose user's role requires MFA they have not set up: it carries no
   * permissions and is refused like their session would be.
   */
  public static final String MFA_ENROLMENT_PENDING = "credential:mfa-enrolment-pending";

  private Authorities() {}
}
