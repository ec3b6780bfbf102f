package uz.muhokama.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.report.WrittenReports;

/**
 * Checks decisions a batch at a time and hands each valid batch to its {@link DecisionBulk.Store} (JDBC
 * batches in the bulk transaction, JPA for a page's few, or none when only checking); once a row is
 * wrong nothing more is stored, and {@link #finish} refuses the whole (the transaction rolls back).
 * Every bad row is named, in the caller's language, up to {@link #MAX_ERRORS_LISTED}.
 */
final class DecisionCheck {

    static final int MAX_REASON = 4000;
    static final int MAX_ERRORS_LISTED = 100;

    private final DecidingDraft d;
    private final String field;
    private final Language language;
    private final Proposals proposals;
    private final Messages messages;
    private final Map<Long, WrittenReports.Campaign> campaigns;
    /** Where valid batches go; null when only checking. */
    private final DecisionBulk.Store store;

    private final Instant now;
    private final Map<String, Decision> decisionsByText = new HashMap<>();
    private final Set<Long> seen = new HashSet<>();
    private final List<FieldError> errors = new ArrayList<>();
    private int errorCount;

    DecisionCheck(
            DecidingDraft d,
            String field,
            Language language,
            Proposals proposals,
            Messages messages,
            Instant now,
            DecisionBulk.Store store) {
        this.d = d;
        this.field = field;
        this.language = language;
        this.proposals = proposals;
        this.messages = messages;
        this.now = now;
        this.store = store;
        this.campaigns = proposals.campaigns(d.draft().id());
    }

    /** A decision as typed, parsed once per distinct text (a workbook repeats the same three labels). */
    private Optional<Decision> decision(String typed) {
        return Optional.ofNullable(decisionsByText.computeIfAbsent(
                typed, t -> Decision.parse(t, messages).orElse(null)));
    }

    void batch(List<DecisionsWorkbook.Line> lines) {
        Map<Long, Long> ids = new HashMap<>();
        for (DecisionsWorkbook.Line line : lines) {
            parseId(line.id()).ifPresent(id -> ids.put((long) line.row(), id));
        }
        Map<Long, Proposal> found = proposals.find(d.draft(), ids.values(), campaigns);
        Map<Long, Proposal> valid = new LinkedHashMap<>();
        Map<Long, Decision> chosen = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (DecisionsWorkbook.Line line : lines) {
            String at = field + "[" + line.row() + "]";
            Long id = ids.get((long) line.row());
            if (line.id() == null) {
                error(at + ".proposal", "report.decisions.error.id-missing", line.row());
                continue;
            }
            if (id == null) {
                error(at + ".proposal", "report.decisions.error.id-invalid", line.row(), line.id());
                continue;
            }
            Proposal proposal = found.get(id);
            if (proposal == null) {
                error(at + ".proposal", "report.decisions.error.id-unknown", line.row(), line.id());
                continue;
            }
            if (!seen.add(id)) {
                error(at + ".proposal", "report.decisions.error.id-twice", line.row(), line.id());
                continue;
            }
            if (line.decision() == null) {
                error(at + ".decision", "report.decisions.error.decision-missing", line.row(), line.id());
                continue;
            }
            var decision = decision(line.decision());
            if (decision.isEmpty()) {
                error(at + ".decision", "report.decisions.error.decision-unknown", line.row(), line.decision());
                continue;
            }
            // A reason of spaces is no reason: it was stored as one, and the author read an empty line.
            if (decision.get().needsReason()
                    && (line.reason() == null || line.reason().isBlank())) {
                error(
                        at + ".reason",
                        "report.decisions.error.reason-missing",
                        line.row(),
                        decision.get().label(messages, language));
                continue;
            }
            if (line.reason() != null && line.reason().length() > MAX_REASON) {
                error(at + ".reason", "report.decisions.error.reason-too-long", line.row(), MAX_REASON);
                continue;
            }
            var broken = TextRules.problem(line.reason());
            if (broken.isPresent()) {
                error(at + ".reason", broken.get(), line.row());
                continue;
            }
            valid.put(id, proposal);
            chosen.put(id, decision.get());
            reasons.put(id, line.reason());
        }
        if (errorCount > 0 || valid.isEmpty()) {
            return;
        }
        if (store != null) {
            List<DecisionBulk.Row> rows = new ArrayList<>();
            valid.forEach((id, p) -> rows.add(new DecisionBulk.Row(p, chosen.get(id), reasons.get(id))));
            store.replace(d.draft().id(), rows, now, d.editor().accountId());
        }
    }

    private void error(String at, String key, Object... args) {
        if (++errorCount <= MAX_ERRORS_LISTED) {
            errors.add(new FieldError(at, key, args));
        }
    }

    void finish() {
        if (errorCount > MAX_ERRORS_LISTED) {
            errors.add(new FieldError(field, "report.decisions.error.more", errorCount - MAX_ERRORS_LISTED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (seen.isEmpty()) {
            throw new InvalidInput(field, "report.decisions.error.empty");
        }
    }

    private static Optional<Long> parseId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            String plain = value.strip();
            // A number cell read as "104512.0" by some spreadsheet programs is still that id.
            if (plain.endsWith(".0")) {
                plain = plain.substring(0, plain.length() - 2);
            }
            long id = Long.parseLong(plain);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
