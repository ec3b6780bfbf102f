package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uz.muhokama.account.AccountService;
import uz.muhokama.platform.audit.AuditLog;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.Validation;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.UniqueViolation;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * Applications to give independent anti-corruption expertise: any signed-in person applies (one
 * waiting application at a time); an administrator approves, which grants the EXPERT role, or declines
 * with a reason. Both decisions are recorded in the audit log, in the same transaction as the decision.
 */
@ApplicationScoped
class ExpertApplicationService {

    static final int PAGE_SIZE = 20;

    @Inject
    Cursors cursors;

    @Inject
    ExpertApplicationRepository applications;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    AccountService accounts;

    @Inject
    Validation validation;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Transactional
    public ExpertApplicationView apply(ExpertApplicationForm form, Language language) {
        Caller caller = currentCaller.require();
        List<FieldError> problems = new ArrayList<>(validation.violations(form));
        if (form != null
                && form.status() != null
                && !form.status().isBlank()
                && statusQuestion().option(form.status().trim()).isEmpty()) {
            problems.add(new FieldError("status", "expert.status.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (caller.has(Role.EXPERT)) {
            throw new Conflict("expert.application.already-expert");
        }
        if (applications.of(caller.accountId()).stream().anyMatch(a -> a.state() == ExpertApplication.State.PENDING)) {
            throw new Conflict("expert.application.pending-exists");
        }
        try {
            return view(
                    applications.add(new ExpertApplication(
                            caller.accountId(),
                            caller.fullName(),
                            form.status().trim(),
                            blankToNull(form.organisation()),
                            form.qualification().strip(),
                            form.statement().strip(),
                            clock.instant())),
                    language);
        } catch (PersistenceException raced) {
            if (UniqueViolation.in(raced)) {
                throw new Conflict("expert.application.pending-exists");
            }
            throw raced;
        }
    }

    /** The caller's applications, newest first. */
    @Transactional
    public List<ExpertApplicationView> mine(Language language) {
        return of(currentCaller.require().accountId(), language);
    }

    @Transactional
    public List<ExpertApplicationView> of(long accountId, Language language) {
        return applications.of(accountId).stream().map(a -> view(a, language)).toList();
    }

    /** A page of applications in one state: waiting ones oldest first, decided ones newest first (administrators). */
    @Transactional
    public List<ExpertApplicationView> inState(String state, int page, Language language) {
        return inState(state, page, null, language).items();
    }

    /** The same, or the page after a cursor's application (keyset: the id, in the state's order). */
    @Transactional
    public Slice<ExpertApplicationView> inState(String state, int page, String cursor, Language language) {
        currentCaller.requireAny(Role.ADMIN);
        ExpertApplication.State chosen = state(state);
        String filters = Cursors.filters(chosen);
        Cursor after = cursors.read(cursor, "expert-applications", filters);
        long before = after == null ? (long) (Math.max(1, page) - 1) * PAGE_SIZE : after.seen();
        Slice<ExpertApplication> rows = Slice.of(
                applications.inState(
                        chosen,
                        (int) Math.min(Integer.MAX_VALUE, before),
                        PAGE_SIZE + 1,
                        after == null ? 0 : after.number(0)),
                PAGE_SIZE,
                last -> cursors.write(Cursor.after("expert-applications", filters, before + PAGE_SIZE, last.id())));
        return new Slice<>(rows.items().stream().map(a -> view(a, language)).toList(), rows.next());
    }

    @Transactional
    public long count(String state) {
        currentCaller.requireAny(Role.ADMIN);
        return applications.count(state(state));
    }

    /** Approves a waiting application and makes the applicant an expert. */
    @Transactional
    public ExpertApplicationView approve(long id, ExpertDecision decision, Language language) {
        Caller admin = currentCaller.requireAny(Role.ADMIN);
        ExpertApplication application = applications.find(id).orElseThrow(ResourceNotFound::new);
        String note = decision == null ? null : decision.reason();
        application.approve(admin.accountId(), admin.fullName(), note, clock.instant());
        accounts.grant(application.accountId(), Role.EXPERT);
        audit.record(admin, "approve-expert-application", "expert-application", Long.toString(id), note);
        return view(application, language);
    }

    /** Declines a waiting application, with the reason the applicant will read. */
    @Transactional
    public ExpertApplicationView decline(long id, ExpertDecision decision, Language language) {
        Caller admin = currentCaller.requireAny(Role.ADMIN);
        ExpertApplication application = applications.find(id).orElseThrow(ResourceNotFound::new);
        String reason = decision == null ? null : decision.reason();
        application.decline(admin.accountId(), admin.fullName(), reason, clock.instant());
        audit.record(admin, "decline-expert-application", "expert-application", Long.toString(id), reason.strip());
        return view(application, language);
    }

    /** The statuses an expert may hold, as the expertise questionnaire lists them. */
    @Transactional
    public List<QuestionnaireView.OptionView> statuses(Language language) {
        return statusQuestion().options().stream()
                .map(o -> new QuestionnaireView.OptionView(o.code(), o.label().in(language)))
                .toList();
    }

    private Question statusQuestion() {
        return questionnaires
                .current(Questionnaire.EXPERTISE)
                .question(AnswerSets.STATUS_QUESTION)
                .orElseThrow(() -> new IllegalStateException("The expertise asks no " + AnswerSets.STATUS_QUESTION));
    }

    private ExpertApplicationView view(ExpertApplication a, Language language) {
        QuestionnaireView.OptionView status = statusQuestion()
                .option(a.statusCode())
                .map(o -> new QuestionnaireView.OptionView(o.code(), o.label().in(language)))
                .orElse(new QuestionnaireView.OptionView(a.statusCode(), a.statusCode()));
        return ExpertApplicationView.of(a, status);
    }

    private static ExpertApplication.State state(String state) {
        try {
            return ExpertApplication.State.valueOf(
                    state == null ? "PENDING" : state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("state", "expert.state.unknown");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
