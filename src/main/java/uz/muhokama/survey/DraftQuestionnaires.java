package uz.muhokama.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.error.ResourceNotFound;

/** The questionnaires answered about drafts (the expertise, the general survey), as answering and results need them. */
@ApplicationScoped
class DraftQuestionnaires {

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    @ConfigProperty(name = "muhokama.surveys.section-cache-seconds", defaultValue = "30")
    long sectionCacheSeconds;

    @Inject
    Caches caches;

    private SharedCache<Boolean, List<Questionnaire>> sectionQuestionnaires;

    @PostConstruct
    void createCache() {
        sectionQuestionnaires = caches.create(CachePolicy.<List<Questionnaire>>named("draft-questionnaires")
                .withMaxEntries(1)
                .withFreshFor(Duration.ofSeconds(sectionCacheSeconds)));
    }

    /**
     * The questionnaires answered about drafts, their current versions, for the draft page's section: kept
     * per instance for {@code muhokama.surveys.section-cache-seconds} (30), so a draft page view reads
     * no questionnaire; a newly published version's title shows there at most that late. Answers are
     * always checked against the version that is current in the database ({@link #current}).
     */
    public List<Questionnaire> all() {
        return sectionQuestionnaires.get(
                Boolean.TRUE,
                () -> questionnaires.all().stream()
                        .filter(q -> q.scope() == Questionnaire.Scope.DRAFT)
                        .toList());
    }

    /** The current version of a draft questionnaire; 404 for an unknown code or a questionnaire of the portal. */
    Questionnaire current(String code) {
        Questionnaire questionnaire = questionnaires.current(code);
        if (questionnaire.scope() != Questionnaire.Scope.DRAFT) {
            throw new ResourceNotFound("survey.questionnaire.unknown");
        }
        return questionnaire;
    }
}
