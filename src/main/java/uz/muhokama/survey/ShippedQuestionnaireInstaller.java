package uz.muhokama.survey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.UniqueViolation;

/**
 * At start, installs the questionnaires the portal ships with (the domain brief's three) as their
 * first versions, once: a questionnaire already in the database, edited or not, is left alone, and two
 * instances starting together install each once (the second fails on the primary key and moves on).
 */
@ApplicationScoped
class ShippedQuestionnaireInstaller {

    private static final Logger LOG = Logger.getLogger(ShippedQuestionnaireInstaller.class.getName());

    @Inject
    QuestionnaireService questionnaires;

    void install(@Observes @Priority(50) DatabaseReady ready) {
        for (Questionnaire shipped : ShippedQuestionnaires.load()) {
            try {
                if (questionnaires.installIfAbsent(shipped)) {
                    LOG.info(() -> "Installed questionnaire " + shipped.code() + " version " + shipped.version());
                }
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
                LOG.info(() -> "Questionnaire " + shipped.code() + " was installed by another instance");
            }
        }
    }
}
