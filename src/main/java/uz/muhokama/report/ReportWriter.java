package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uz.muhokama.discussion.DiscussionView;
import uz.muhokama.draft.DraftView;
import uz.muhokama.draft.PublicDraft;
import uz.muhokama.participation.ParticipationReport.CampaignGroup;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;
import uz.muhokama.ria.RiaView;
import uz.muhokama.survey.SurveyReport;

/**
 * Writes the report workbook of a closed discussion, in the agency's language, straight from paged
 * reads: Summary ({@link SummarySheet}), Comments and Proposals ({@link CommentSheets}), one sheet
 * per questionnaire (the anti-corruption expertise, the general survey: written by the survey
 * feature) and the impact assessment ({@link RiaSheet}). The sheets are written in that order and
 * progress is first reported once Summary is done (the report job announces it then). Memory stays
 * flat whatever the size: POI keeps a window of rows and the reads come a page at a time.
 */
@ApplicationScoped
class ReportWriter {

    @Inject
    SummarySheet summarySheet;

    @Inject
    CommentSheets commentSheets;

    @Inject
    RiaSheet riaSheet;

    @Inject
    SurveyReport surveys;

    @Inject
    ReferenceCatalog reference;

    @Inject
    PortalTimeZone timeZone;

    /** Hears of progress as rows are written; may stop the writing by throwing. */
    public interface Progress {
        void rowsWritten(long rows);
    }

    /** What was written, and how long each part took (milliseconds: summary, comments and proposals, surveys, the file). */
    public record Written(
            long rows,
            long comments,
            long proposals,
            long summaryMillis,
            long commentsMillis,
            long surveysMillis,
            long fileMillis) {}

    /** The draft as the writer needs it: the public draft and its view in the report's language. */
    record Subject(PublicDraft draft, DraftView view, DiscussionView discussion, Optional<RiaView> ria) {}

    Written write(
            Subject subject, List<CampaignGroup> campaigns, Language language, OutputStream out, Progress progress)
            throws IOException {
        PublicDraft draft = subject.draft();
        Function<String, String> regionName = code -> code == null
                ? null
                : reference
                        .find(ReferenceList.REGIONS, code, language)
                        .map(ReferenceItem::name)
                        .orElse(code);
        try (Spreadsheet workbook = new Spreadsheet(timeZone.zone())) {
            long started = System.nanoTime();
            Spreadsheet.Table summary = summarySheet.write(workbook, subject, campaigns, language);
            long summaryDone = System.nanoTime();
            // The first progress follows Summary alone: the report job announces the summary sheet on it.
            progress.rowsWritten(workbook.rowsWritten());

            CommentSheets.Written commented =
                    commentSheets.write(workbook, draft, campaigns, language, regionName, progress);
            long commentsDone = System.nanoTime();
            List<Spreadsheet.Table> order = new ArrayList<>(List.of(summary, commented.comments()));
            for (String code : surveys.questionnaireCodes()) {
                order.add(surveys.writeSheet(
                        workbook,
                        draft,
                        code,
                        language,
                        regionName,
                        rows -> progress.rowsWritten(workbook.rowsWritten())));
            }
            subject.ria().map(ria -> riaSheet.write(workbook, ria, language)).ifPresent(order::add);
            order.add(commented.proposals());
            long surveysDone = System.nanoTime();
            workbook.order(order.toArray(Spreadsheet.Table[]::new));
            workbook.write(out);
            long fileDone = System.nanoTime();
            return new Written(
                    workbook.rowsWritten(),
                    commented.commentRows(),
                    commented.proposalRows(),
                    (summaryDone - started) / 1_000_000,
                    (commentsDone - summaryDone) / 1_000_000,
                    (surveysDone - commentsDone) / 1_000_000,
                    (fileDone - surveysDone) / 1_000_000);
        }
    }
}
