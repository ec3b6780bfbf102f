package uz.muhokama.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.account.HistoricAccounts.Person;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.security.Role;

/**
 * One account per role for trying the portal, created at start-up only when
 * {@code muhokama.demo.enabled=true} (README lists them). Created once: a second start, or a second
 * instance starting at the same moment, adds nothing.
 */
@ApplicationScoped
class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    static final List<Person> ACCOUNTS = List.of(
            new Person(
                    "admin@demo.muhokama.uz",
                    "Portal Administrator",
                    "UZ-TK",
                    Language.EN,
                    EnumSet.of(Role.ADMIN),
                    null),
            new Person(
                    "moderator@demo.muhokama.uz",
                    "Malika Moderatorova",
                    "UZ-TO",
                    Language.UZ,
                    EnumSet.of(Role.MODERATOR),
                    null),
            new Person(
                    "expert@demo.muhokama.uz", "Eldor Ekspertov", "UZ-SA", Language.RU, EnumSet.of(Role.EXPERT), null),
            new Person(
                    "citizen@demo.muhokama.uz",
                    "Dilnoza Fuqarova",
                    "UZ-AN",
                    Language.UZ,
                    EnumSet.noneOf(Role.class),
                    null),
            new Person(
                    "editor@demo.muhokama.uz",
                    "Jasur Muharrirov",
                    "UZ-TK",
                    Language.UZ,
                    EnumSet.of(Role.AGENCY),
                    "ministry-of-justice"),
            // More people, so that the demo surveys have several respondents and experts.
            new Person(
                    "expert2@demo.muhokama.uz",
                    "Nodira Huquqshunosova",
                    "UZ-TK",
                    Language.UZ,
                    EnumSet.of(Role.EXPERT),
                    null),
            new Person(
                    "expert3@demo.muhokama.uz",
                    "Timur Tahlilchiyev",
                    "UZ-FA",
                    Language.RU,
                    EnumSet.of(Role.EXPERT),
                    null),
            new Person(
                    "citizen2@demo.muhokama.uz",
                    "Bekzod Tadbirkorov",
                    "UZ-NG",
                    Language.UZ,
                    EnumSet.noneOf(Role.class),
                    null),
            new Person(
                    "citizen3@demo.muhokama.uz",
                    "Gulnora Karimova",
                    "UZ-XO",
                    Language.UZ,
                    EnumSet.noneOf(Role.class),
                    null),
            new Person(
                    "citizen4@demo.muhokama.uz",
                    "Sardor Nazarov",
                    "UZ-QR",
                    Language.RU,
                    EnumSet.noneOf(Role.class),
                    null),
            // The closed demo draft's agency: its report arrives in this editor's inbox.
            new Person(
                    "economy@demo.muhokama.uz",
                    "Aziz Iqtisodchiyev",
                    "UZ-TK",
                    Language.UZ,
                    EnumSet.of(Role.AGENCY),
                    "ministry-of-economy-and-finance"));

    @Inject
    DemoAccountWriter writer;

    @Inject
    @ConfigProperty(name = "muhokama.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "muhokama.demo.password", defaultValue = "Muhokama-2026")
    String password;

    void seed(@Observes @Priority(100) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        for (Person demo : ACCOUNTS) {
            try {
                writer.createIfMissing(demo, password);
            } catch (RuntimeException anotherInstanceWasFaster) {
                // Two instances starting together both try; the unique e-mail lets exactly one win.
                LOG.warning("A demo account could not be created (another instance may have made it): "
                        + anotherInstanceWasFaster.getClass().getSimpleName());
            }
        }
        LOG.info("Demo accounts are enabled (muhokama.demo.enabled=true); never enable this in production");
    }
}
