/**
 * Outgoing e-mail (plain-text SMTP, optional) and the public address links in mails point at. Other
 * modules use {@link ai.trae.platform.mail.Mailer} and {@link ai.trae.platform.mail.PublicLinks}.
 */
@NamedInterface("mail")
@NullMarked
package ai.trae.platform.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
