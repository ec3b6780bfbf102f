package uz.muhokama.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.security.Role;

/**
 * One account per role for trying the portal, created at start-up only when
 * {@code muhokama.demo.enabled=true} (README lists them). Created once: a second start, or a second
 * instance starting at the same moment, adds nothing.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record Demo(String email, String fullName, String region, Language language, Set<Role> roles, String agency) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@demo.muhokama.uz", "Portal Administrator", "UZ-TK", Language.EN,
                    EnumSet.of(Role.ADMIN), null),
            new Demo("moderator@demo.muhokama.uz", "Malika Moderatorova", "UZ-TO", Language.UZ,
                    EnumSet.of(Role.MODERATOR), null),
            new Demo("expert@demo.muhokama.uz", "Eldor Ekspertov", "UZ-SA", Language.RU,
                    EnumSet.of(Role.EXPERT), null),
            new Demo("citizen@demo.muhokama.uz", "Dilnoza Fuqarova", "UZ-AN", Language.UZ,
                    EnumSet.noneOf(Role.class), null),
            new Demo("editor@demo.muhokama.uz", "Jasur Muharrirov", "UZ-TK", Language.UZ,
                    EnumSet.of(Role.AGENCY), "ministry-of-justice"),
            // More people, so that the demo surveys have several respondents and experts.
            new Demo("expert2@demo.muhokama.uz", "Nodira Huquqshunosova", "UZ-TK", Language.UZ,
                    EnumSet.of(Role.EXPERT), null),
            new Demo("expert3@demo.muhokama.uz", "Timur Tahlilchiyev", "UZ-FA", Language.RU,
                    EnumSet.of(Role.EXPERT), null),
            new Demo("citizen2@demo.muhokama.uz", "Bekzod Tadbirkorov", "UZ-NG", Language.UZ,
                    EnumSet.noneOf(Role.class), null),
            new Demo("citizen3@demo.muhokama.uz", "Gulnora Karimova", "UZ-XO", Language.UZ,
                    EnumSet.noneOf(Role.class), null),
            new Demo("citizen4@demo.muhokama.uz", "Sardor Nazarov", "UZ-QR", Language.RU,
                    EnumSet.noneOf(Role.class), null),
            // The closed demo draft's agency: its report arrives in this editor's inbox.
            new Demo("economy@demo.muhokama.uz", "Aziz Iqtisodchiyev", "UZ-TK", Language.UZ,
                    EnumSet.of(Role.AGENCY), "ministry-of-economy-and-finance"));

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
        for (Demo demo : ACCOUNTS) {
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
