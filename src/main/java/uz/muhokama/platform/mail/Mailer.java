package uz.muhokama.platform.mail;

import jakarta.annotation.PostConstruct;
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
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.i18n.Language;

/**
 * Sends the portal's e-mails through Jakarta Mail to the SMTP server in {@code smtp.host} and
 * {@code smtp.port} (environment {@code SMTP_HOST}, {@code SMTP_PORT}). With no host configured (the
 * run command's default) each message is written instead as an {@code .eml} file under the delivery
 * folder's {@code mail/} ({@code muhokama.reports.folder}), which any mail program opens. Every message
 * carries a Message-ID made from what it is about, so that a resend after a crash is recognisable as the
 * same message. Many messages go over one SMTP connection ({@link #batch}): connecting is most of what
 * a single short message costs.
 */
@ApplicationScoped
public class Mailer {

    /** The domain of every Message-ID: {@code <about@muhokama.uz>}. */
    public static final String MESSAGE_ID_DOMAIN = "muhokama.uz";

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
    @ConfigProperty(name = "muhokama.reports.folder", defaultValue = "reports")
    String folder;

    private Path mailFolder;
    private Session session;

    /**
     * One message: to whom, about what (its Message-ID's local part and file name, {@code [A-Za-z0-9._-]}),
     * in which language, what it says, and any further headers (List-Unsubscribe…).
     */
    public record Mail(
            String to, String about, Language language, String subject, String body, Map<String, String> headers) {

        public Mail {
            headers = Map.copyOf(headers);
        }

        public Mail(String to, String about, Language language, String subject, String body) {
            this(to, about, language, subject, body, Map.of());
        }
    }

    @PostConstruct
    void init() {
        mailFolder = Path.of(folder).toAbsolutePath().normalize().resolve("mail");
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost.orElse("localhost"));
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        session = Session.getInstance(props);
    }

    /** The portal's address for links in messages, without a trailing slash. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** Where messages are written when no SMTP host is set. */
    public Path mailFolder() {
        return mailFolder;
    }

    /** Sends one message on a connection of its own. */
    public void send(Mail mail) throws IOException, MessagingException {
        try (Batch batch = batch()) {
            batch.send(mail);
        }
    }

    /** Messages sent one after the other over one SMTP connection, opened at the first and closed with the batch. */
    public Batch batch() {
        return new Batch();
    }

    /** Several messages over one connection; not for use by two threads. */
    public final class Batch implements AutoCloseable {

        private Transport transport;

        private Batch() {}

        public void send(Mail mail) throws IOException, MessagingException {
            MimeMessage message = message(mail);
            if (smtpHost.filter(h -> !h.isBlank()).isPresent()) {
                if (transport == null) {
                    Transport opened = session.getTransport("smtp");
                    opened.connect();
                    transport = opened;
                }
                transport.sendMessage(message, message.getAllRecipients());
            } else {
                write(mail.about(), message);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The messages were accepted already; a failed QUIT loses nothing.
                }
                transport = null;
            }
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.about() + "@" + MESSAGE_ID_DOMAIN + ">");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setHeader("Content-Language", mail.language().tag());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private void write(String about, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(mailFolder);
        Path part = mailFolder.resolve(about + ".eml.part");
        try (OutputStream out = Files.newOutputStream(part)) {
            message.writeTo(out);
        }
        Files.move(part, mailFolder.resolve(about + ".eml"), StandardCopyOption.REPLACE_EXISTING);
    }
}
