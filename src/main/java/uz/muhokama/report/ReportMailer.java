package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * Sends the portal's e-mails through Jakarta Mail to the SMTP server in {@code smtp.host} and
 * {@code smtp.port} (environment {@code SMTP_HOST}, {@code SMTP_PORT}). With no host configured (the
 * run command's default) each message is written instead as an {@code .eml} file under the delivery
 * folder's {@code mail/}, which any mail program opens. Every message carries a Message-ID made from
 * what it is about, so that a resend after a crash is recognisable as the same message.
 */
@ApplicationScoped
public class ReportMailer {

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "muhokama.mail.from", defaultValue = "noreply@muhokama.uz")
    String from;

    @Inject
    @ConfigProperty(name = "muhokama.portal.url", defaultValue = "http://localhost:9080")
    String portalUrl;

    @Inject
    ReportFolder folder;

    @Inject
    Messages messages;

    /** One message: to whom, about what (for its Message-ID and file name), in which language, what it says. */
    public record Mail(String to, String about, Language language, String subject, String body) {}

    /** The portal's address for links in messages, without a trailing slash. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public void send(Mail mail) throws IOException, MessagingException {
        Session session = session();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.about() + "@muhokama.uz>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setHeader("Content-Language", mail.language().tag());
        message.setSentDate(new Date());
        message.saveChanges();
        if (smtpHost.filter(h -> !h.isBlank()).isPresent()) {
            Transport.send(message);
        } else {
            Path dir = folder.mailFolder();
            Files.createDirectories(dir);
            Path part = dir.resolve(mail.about() + ".eml.part");
            try (OutputStream out = Files.newOutputStream(part)) {
                message.writeTo(out);
            }
            Files.move(part, dir.resolve(mail.about() + ".eml"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost.orElse("localhost"));
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(props);
    }
}
