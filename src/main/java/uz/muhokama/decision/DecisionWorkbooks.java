package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TooLarge;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * The decisions workbook's round trip: the workbook to fill in (a row per proposal with the decision
 * so far, a drop-down of decisions and a reason column, in the report's language), and the filled-in
 * one uploaded back, stored whole or not at all. Its layout is {@link DecisionsWorkbook}.
 */
@ApplicationScoped
class DecisionWorkbooks {

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionBulk bulk;

    @Inject
    DecidingDrafts drafting;

    @Inject
    Proposals proposals;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.decisions.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "muhokama.decisions.max-rows", defaultValue = "200000")
    int maxRows;

    /** The decisions workbook: a row per proposal with the decision so far, a drop-down of decisions and a reason column. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void writeWorkbook(String number, OutputStream out, Language language) throws IOException {
        DecidingDraft d = drafting.deciding(number, language);
        Language lang = d.reportLanguage();
        List<String> labels = List.of(
                Decision.ACCEPTED.label(messages, lang),
                Decision.PARTLY_ACCEPTED.label(messages, lang),
                Decision.REJECTED.label(messages, lang));
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            Spreadsheet.Table sheet = workbook.table(
                    messages.get(lang, "report.decisions.sheet"),
                    List.of(
                            messages.get(lang, "report.proposal.id"), messages.get(lang, "report.proposal.clause"),
                            messages.get(lang, "report.proposal.text"), messages.get(lang, "report.proposal.count"),
                            messages.get(lang, "report.proposal.decision"),
                                    messages.get(lang, "report.proposal.reason")),
                    12,
                    8,
                    70,
                    10,
                    20,
                    60);
            List<Proposal> batch = new ArrayList<>();
            proposals.each(
                    d.draft(),
                    p -> {
                        batch.add(p);
                        if (batch.size() == DecisionService.BATCH) {
                            writeRows(sheet, d.draft().id(), batch, lang);
                            batch.clear();
                        }
                    },
                    author -> {});
            writeRows(sheet, d.draft().id(), batch, lang);
            sheet.dropDown(
                    DecisionsWorkbook.DECISION,
                    labels,
                    messages.get(lang, "report.decisions.dropdown-title"),
                    messages.get(lang, "report.decisions.dropdown-text"));
            workbook.marker(
                    DecisionsWorkbook.MARKER_SHEET,
                    List.of(
                            DecisionsWorkbook.TEMPLATE,
                            DecisionsWorkbook.VERSION,
                            d.draft().number()));
            workbook.write(out);
        }
    }

    private void writeRows(Spreadsheet.Table sheet, long draftId, List<Proposal> batch, Language lang) {
        Map<Long, ProposalDecision> decided =
                decisions.of(draftId, batch.stream().map(Proposal::id).toList());
        for (Proposal p : batch) {
            ProposalDecision pd = decided.get(p.id());
            sheet.line()
                    .number(p.id())
                    .text(p.clause())
                    .text(p.text())
                    .number(p.comments())
                    .text(pd == null ? null : pd.decision().label(messages, lang))
                    .text(pd == null ? null : pd.reason());
        }
    }

    /**
     * Reads the filled-in decisions workbook: every row valid, or nothing stored and every bad row named.
     * Two passes over the file: the first only checks (no transaction is held while a hundred thousand
     * rows are read and checked); the second stores, in one transaction of its own
     * ({@link DecisionBulk}, JDBC batches), and checks again, so a proposal hidden in between still
     * refuses the whole.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SummaryView.Counts upload(String number, InputStream body, Language language) {
        DecidingDraft d = drafting.undecided(number, language);
        Path file = null;
        try {
            file = Files.createTempFile("muhokama-decisions-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                if (body == null || body.transferTo(new LimitedStream(out, maxBytes)) == 0) {
                    throw new InvalidInput("file", "report.decisions.error.no-file");
                }
            }
            DecisionsWorkbook.Marker marker = DecisionsWorkbook.marker(file);
            if (!DecisionsWorkbook.TEMPLATE.equals(marker.template())) {
                throw new InvalidInput("file", "report.decisions.error.wrong-template");
            }
            if (!DecisionsWorkbook.VERSION.equals(marker.version())) {
                throw new InvalidInput("file", "report.decisions.error.wrong-version", marker.version());
            }
            if (!d.draft().number().equals(marker.draft())) {
                throw new InvalidInput("file", "report.decisions.error.other-draft", marker.draft());
            }
            DecisionCheck check = new DecisionCheck(d, "rows", language, proposals, messages, clock.instant(), null);
            DecisionsWorkbook.lines(file, maxRows, DecisionService.BATCH, check::batch);
            check.finish();
            Path checked = file;
            bulk.inOneTransaction(store -> {
                DecisionCheck apply =
                        new DecisionCheck(d, "rows", language, proposals, messages, clock.instant(), store);
                try {
                    DecisionsWorkbook.lines(checked, maxRows, DecisionService.BATCH, apply::batch);
                } catch (DecisionsWorkbook.Unreadable e) {
                    throw new IllegalStateException("The workbook read a moment ago cannot be read again", e);
                }
                apply.finish();
            });
            return decisions.summaryCounts(d.draft().id());
        } catch (LimitedStream.Exceeded e) {
            throw new TooLarge("report.decisions.error.too-large", maxBytes / (1024 * 1024));
        } catch (DecisionsWorkbook.TooManyRows e) {
            throw new InvalidInput("file", "report.decisions.error.too-many-rows", maxRows);
        } catch (DecisionsWorkbook.Unreadable e) {
            throw new InvalidInput("file", "report.decisions.error.not-xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }
}
