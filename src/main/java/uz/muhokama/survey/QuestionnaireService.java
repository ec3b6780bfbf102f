package uz.muhokama.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uz.muhokama.platform.audit.AuditLog;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/**
 * The questionnaires: their current and earlier versions, and the publication of a new version by an
 * administrator (audited). A parsed version is kept in memory, per instance, for as long as there is
 * room: a version is never changed once written, so no copy can be stale. Which version is current is
 * read from the database every time, so a version published on one instance is used by all at once.
 */
@ApplicationScoped
class QuestionnaireService {

    @Inject
    QuestionnaireRepository repository;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Caches caches;

    /** Parsed versions by "code#version"; a version never changes, and bounded, since an administrator may publish many. */
    private SharedCache<String, Questionnaire> versions;

    @PostConstruct
    void createCache() {
        versions = caches.create(CachePolicy.<Questionnaire>named("questionnaire-versions")
                .withMaxEntries(100)
                .withFreshFor(CachePolicy.FOREVER));
    }

    /** The current version of a questionnaire; 404 for an unknown code. */
    @Transactional
    public Questionnaire current(String code) {
        QuestionnaireRecord record =
                repository.find(code).orElseThrow(() -> new ResourceNotFound("survey.questionnaire.unknown"));
        return version(record.code(), record.currentVersion());
    }

    /** A version of a questionnaire as it was published; 404 if there is no such version. */
    @Transactional
    public Questionnaire version(String code, int number) {
        return versions.get(code + "#" + number, () -> {
            QuestionnaireVersion stored = repository
                    .version(code, number)
                    .orElseThrow(() -> new ResourceNotFound("survey.questionnaire.version-unknown"));
            // Stored definitions passed the rules when they were published; parse() checks them again.
            return QuestionnaireDefinitions.parse(stored.definition()).asVersion(stored.number());
        });
    }

    /** The current version of every questionnaire, in code order. */
    @Transactional
    public List<Questionnaire> all() {
        return repository.all().stream()
                .map(r -> version(r.code(), r.currentVersion()))
                .toList();
    }

    /** Every published version of a questionnaire, newest first (administrators). */
    @Transactional
    public List<QuestionnaireVersion> history(String code) {
        currentCaller.requireAny(Role.ADMIN);
        repository.find(code).orElseThrow(() -> new ResourceNotFound("survey.questionnaire.unknown"));
        return repository.versions(code);
    }

    /** Publishes an uploaded definition (JSON) as the questionnaire's next version (administrators). */
    @Transactional
    public Questionnaire publish(String code, String definitionJson) {
        currentCaller.requireAny(Role.ADMIN);
        return publish(code, QuestionnaireDefinitions.parse(definitionJson));
    }

    /**
     * Publishes an edited questionnaire as its next version (administrators). The version answers were
     * given to stays as it is; new answers go to the new one.
     */
    @Transactional
    public Questionnaire publish(String code, Questionnaire edited) {
        Caller admin = currentCaller.requireAny(Role.ADMIN);
        List<FieldError> problems = QuestionnaireRules.problemsOf(edited);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        QuestionnaireRecord record =
                repository.findLocked(code).orElseThrow(() -> new ResourceNotFound("survey.questionnaire.unknown"));
        Questionnaire next = record.nextVersion(edited);
        repository.add(new QuestionnaireVersion(next, clock.instant(), admin.accountId(), admin.fullName()));
        audit.record(admin, "publish-questionnaire-version", "questionnaire", code, "version " + next.version());
        return next;
    }

    /**
     * Installs a questionnaire the portal ships with, if there is none of that code yet, in a
     * transaction of its own; false if it was there (or another instance installed it just now).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean installIfAbsent(Questionnaire shipped) {
        if (repository.find(shipped.code()).isPresent()) {
            return false;
        }
        repository.add(new QuestionnaireRecord(shipped));
        repository.flush();
        repository.add(new QuestionnaireVersion(shipped, clock.instant(), null, null));
        return true;
    }
}
