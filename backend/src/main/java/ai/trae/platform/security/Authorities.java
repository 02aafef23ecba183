package ai.trae.platform.security;

/** Authorities that are not permissions but say what kind of credential is in use. */
public final class Authorities {

  /** A browser session that has passed every required step (password, MFA, enrolment). */
  public static final String FULL_SESSION = "session:full";

  /** Authenticated through a personal access token. */
  public static final String API_TOKEN = "credential:token";

  private Authorities() {}
}
