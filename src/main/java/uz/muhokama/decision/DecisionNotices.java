package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.muhokama.account.AccountService;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.mail.Mailer;
import uz.muhokama.report.ReportMetrics;

/**
 * Tells each author of a proposal the decisions on theirs, by e-mail, once the summary is published:
 * one message per author and draft, claimed on the platform's claim mechanism
 * ({@link DecisionNoticeJob}) and retried until sent. The same
 * decisions are shown on the author's profile page ({@link DecisionProfileSection}).
 */
@ApplicationScoped
class DecisionNotices {

    private static final Logger LOG = Logger.getLogger(DecisionNotices.class.getName());
    /** The e-mail lists at most this many of the author's proposals; the summary page has the rest. */
    static final int LISTED = 20;

    @Inject
    ReportMetrics metrics;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionNoticeSteps steps;

    @Inject
    Proposals proposals;

    @Inject
    DraftService drafts;

    @Inject
    AccountService accounts;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    /** Sends one claimed notice; true when sent. An account without an address is done: there is nobody to write to. */
    boolean send(DecisionNotice notice, String by) {
        try {
            Optional<AccountService.Contact> contact = accounts.contactOf(notice.accountId());
            if (contact.isPresent()) {
                mailer.send(mail(notice, contact.get()));
            }
            steps.noticeDone(notice, by);
            return true;
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Telling account " + notice.accountId() + " of the decisions failed; it will be tried again",
                    e);
            steps.noticeFailed(notice, by, e.toString());
            metrics.retried("notice");
            return false;
        }
    }

    Mailer.Mail mail(DecisionNotice notice, AccountService.Contact contact) {
        Language language = contact.language();
        String number = drafts.numberOf(notice.draftId());
        PublicDraft draft = drafts.publicDraft(number, language);
        List<ProposalDecision> mine = decidedFor(draft, notice.accountId());
        StringBuilder lines = new StringBuilder();
        for (ProposalDecision pd : mine.subList(0, Math.min(LISTED, mine.size()))) {
            lines.append(messages.get(
                            language,
                            "report.notice.line",
                            String.valueOf(pd.proposalId()),
                            excerpt(pd.text()),
                            pd.decision().label(messages, language),
                            pd.reason() == null ? "" : pd.reason()))
                    .append("\n\n");
        }
        String link = mailer.portalUrl() + "/drafts/" + number + "/summary";
        return new Mailer.Mail(
                contact.email(),
                "decisions-" + number + "-" + notice.accountId(),
                language,
                messages.get(language, "report.notice.subject", number),
                messages.get(
                        language,
                        "report.notice.body",
                        contact.fullName(),
                        number,
                        draft.title(),
                        lines.toString().strip(),
                        link));
    }

    /** The decisions on the proposals one person's comments belong to, newest first. */
    @Transactional
    public List<ProposalDecision> decidedFor(PublicDraft draft, long accountId) {
        Map<Long, ProposalDecision> found = decisions.of(draft.id(), proposals.proposalsOf(draft, accountId));
        List<ProposalDecision> mine = new ArrayList<>(found.values());
        mine.sort((a, b) -> Long.compare(b.proposalId(), a.proposalId()));
        return mine;
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }
}
