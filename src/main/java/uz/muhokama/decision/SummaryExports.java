package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * The published summary as files, streamed a batch of decisions at a time: an Excel workbook (every
 * proposal, then the counts) and CSV. Who may read them is the summary's rule ({@link SummaryService}).
 * Text that a spreadsheet would take for a formula is guarded by {@link Spreadsheet}, for both.
 */
@ApplicationScoped
class SummaryExports {

    @Inject
    DecisionRepository decisions;

    @Inject
    SummaryService summaries;

    @Inject
    DraftService drafts;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    /** The summary as a workbook: the counts, then every proposal with its decision and reason. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void summaryWorkbook(String number, OutputStream out, Language language) throws IOException {
        PublicDraft draft = drafts.publicDraft(number, language);
        summaries.visibleSummary(draft);
        SummaryView.Counts counts = decisions.summaryCounts(draft.id());
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            Spreadsheet.Table sheet = workbook.table(
                    messages.get(language, "report.summary-file.sheet"),
                    summaryHeaders(language),
                    12,
                    8,
                    70,
                    10,
                    20,
                    60);
            walkDecisions(
                    draft.id(),
                    pd -> sheet.line()
                            .number(pd.proposalId())
                            .text(pd.clauseNumber())
                            .text(pd.text())
                            .number(pd.comments())
                            .text(pd.decision().label(messages, language))
                            .text(pd.reason()));
            Spreadsheet.Table totals = workbook.table(
                    messages.get(language, "report.summary-file.counts"),
                    List.of(
                            messages.get(language, "report.proposal.decision"),
                            messages.get(language, "report.summary-file.proposals")),
                    30,
                    12);
            totals.line().text(Decision.ACCEPTED.label(messages, language)).number(counts.accepted());
            totals.line()
                    .text(Decision.PARTLY_ACCEPTED.label(messages, language))
                    .number(counts.partlyAccepted());
            totals.line().text(Decision.REJECTED.label(messages, language)).number(counts.rejected());
            workbook.write(out);
        }
    }

    /** The summary as CSV (UTF-8 with a byte-order mark, so Excel reads the Cyrillic and ʻ right). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void summaryCsv(String number, OutputStream out, Language language) throws IOException {
        PublicDraft draft = drafts.publicDraft(number, language);
        summaries.visibleSummary(draft);
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(summaryHeaders(language));
        try {
            walkDecisions(draft.id(), pd -> {
                try {
                    csv.printRecord(
                            pd.proposalId(),
                            Spreadsheet.csvText(pd.clauseNumber()),
                            Spreadsheet.csvText(pd.text()),
                            pd.comments(),
                            pd.decision().label(messages, language),
                            Spreadsheet.csvText(pd.reason()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private List<String> summaryHeaders(Language language) {
        return List.of(
                messages.get(language, "report.proposal.id"),
                messages.get(language, "report.proposal.clause"),
                messages.get(language, "report.proposal.text"),
                messages.get(language, "report.proposal.count"),
                messages.get(language, "report.proposal.decision"),
                messages.get(language, "report.proposal.reason"));
    }

    private void walkDecisions(long draftId, Consumer<ProposalDecision> each) {
        for (List<ProposalDecision> batch = decisions.before(draftId, Long.MAX_VALUE, DecisionService.BATCH);
                !batch.isEmpty();
                batch = decisions.before(draftId, batch.get(batch.size() - 1).proposalId(), DecisionService.BATCH)) {
            batch.forEach(each);
        }
    }
}
