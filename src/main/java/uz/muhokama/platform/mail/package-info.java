/**
 * The portal's outgoing e-mail ({@link Mailer}): one message or many over one SMTP connection, with the
 * headers bulk mail needs, or {@code .eml} files when no SMTP host is set. Used by reports, decisions
 * and notifications.
 */
package uz.muhokama.platform.mail;
