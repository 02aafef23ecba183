package ai.trae.identity.admin;

import ai.trae.identity.mfa.TotpService;
import ai.trae.identity.reset.OneTimeTokens;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.token.PersonalAccessTokens;
import ai.trae.identity.user.Users;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Removes personal data from an account while keeping its id, so the audit log still holds
 * together. The row stays (status {@code anonymised}) with a random pseudonym; everything that
 * identified the person or could still act for them goes, each through the feature that owns the
 * table.
 */
@Component
class Anonymiser {

  static final String DISPLAY_NAME = "Anonymised user";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Sessions sessions;
  private final Users users;
  private final TotpService totp;
  private final PersonalAccessTokens accessTokens;
  private final OneTimeTokens oneTimeTokens;

  Anonymiser(
      Sessions sessions,
      Users users,
      TotpService totp,
      PersonalAccessTokens accessTokens,
      OneTimeTokens oneTimeTokens) {
    this.sessions = sessions;
    this.users = users;
    this.totp = totp;
    this.accessTokens = accessTokens;
    this.oneTimeTokens = oneTimeTokens;
  }

  void anonymise(UUID id) {
    pseudonymise(id);
    removeMfa(id);
    sessions.revokeAll(id, null, "user-anonymised");
    // where and with what they signed in is personal data too
    sessions.forgetPersonalData(id);
    accessTokens.revokeAll(id);
    oneTimeTokens.deleteAllOf(id);
  }

  void removeMfa(UUID id) {
    totp.removeForAdministrator(id);
  }

  /** An invited account never held more than the e-mail: it simply goes (links cascade). */
  void withdrawInvitation(UUID id) {
    users.deleteInvited(id);
  }

  /**
   * 32 random bits; a clash with an earlier pseudonym is looked for first, because a failed update
   * would abort the surrounding transaction.
   */
  private void pseudonymise(UUID id) {
    String pseudonym = pseudonym();
    while (users.emailInUse(pseudonym)) {
      pseudonym = pseudonym();
    }
    users.anonymise(id, pseudonym, DISPLAY_NAME);
  }

  private static String pseudonym() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return "anonymised-" + HexFormat.of().formatHex(bytes) + "@invalid";
  }
}
