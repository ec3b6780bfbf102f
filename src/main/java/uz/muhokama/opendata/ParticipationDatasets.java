package uz.muhokama.opendata;

import static uz.muhokama.opendata.DraftDatasets.values;
import static uz.muhokama.opendata.Field.dateTime;
import static uz.muhokama.opendata.Field.integer;
import static uz.muhokama.opendata.Field.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.decision.DecisionActivity;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.participation.ParticipationActivity;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.survey.PublicResults;

/**
 * What the public said and what came of it: comments as shown (authors as pseudonyms), votes per draft,
 * survey and expertise counts of closed discussions, decisions and published summaries.
 */
@ApplicationScoped
class ParticipationDatasets {

    private static final String EXPERTISE = "anti-corruption-expertise";
    private static final int DRAFTS_PER_BATCH = 20;

    @Inject
    ParticipationActivity participation;

    @Inject
    PublicResults results;

    @Inject
    DecisionActivity decisions;

    @Inject
    DraftFacts drafts;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    PortalTimeZone timeZone;

    List<Dataset> all() {
        return List.of(comments(), votes(), surveyResults(), expertiseMatrix(), decisionsDataset(), summaries());
    }

    private Dataset comments() {
        return new Dataset(
                "comments",
                "Comments",
                "Every comment and reply the public can read (withdrawn and hidden ones are "
                        + "left out), with its author as a stable pseudonym and the region they gave, never a name or an e-mail.",
                List.of(
                        integer("id", true, "The comment's number"),
                        text("draft", true, "The draft's number"),
                        text("clause", false, "The clause it is about, if any"),
                        integer("reply_to", false, "The comment it answers, if any"),
                        text("author", true, "The author's pseudonym, the same in every comment and every package"),
                        text("author_region", false, "The author's region code (regions resource), if given"),
                        dateTime("written_at", true, "When it was written (UTC)"),
                        dateTime("edited_at", false, "When it was last edited"),
                        text("text", true, "The text as shown")),
                List.of("period", "draft", "sector", "agency", "region"),
                "written_at",
                (key, max, q) ->
                        participation
                                .shownAfter(key, max, q.draftId(), q.from(timeZone.zone()), q.to(timeZone.zone()))
                                .stream()
                                .map(c -> new ExportRow(
                                        c.id(),
                                        c.draftId(),
                                        c.writtenAt(),
                                        values(
                                                c.id(),
                                                DraftFacts.numberOf(c.draftId()),
                                                c.clause(),
                                                c.replyTo(),
                                                pseudonyms.of(c.authorId()),
                                                c.region(),
                                                c.writtenAt(),
                                                c.editedAt(),
                                                c.text())))
                                .toList());
    }

    private Dataset votes() {
        return new Dataset(
                "votes",
                "Votes",
                "The votes for and against each draft standing when the data was taken.",
                List.of(
                        text("draft", true, "The draft's number"),
                        integer("support", true, "Votes for"),
                        integer("oppose", true, "Votes against")),
                List.of("draft", "sector", "agency"),
                null,
                (key, max, q) -> participation.votesByDraftAfter(key, max).stream()
                        .map(v -> new ExportRow(
                                v.draftId(),
                                v.draftId(),
                                null,
                                values(DraftFacts.numberOf(v.draftId()), v.support(), v.oppose())))
                        .toList());
    }

    private Dataset surveyResults() {
        return new Dataset(
                "survey_results",
                "Survey results",
                "The counts of every draft questionnaire (the general survey and "
                        + "the anti-corruption expertise) once its discussion has closed; never an answer set.",
                List.of(
                        text("draft", true, "The draft's number"),
                        text("questionnaire", true, "Questionnaire code"),
                        integer("version", true, "Questionnaire version answered"),
                        text("question", false, "Question code (empty for respondents)"),
                        text("kind", true, "respondents, answered, present, option, scale or clause"),
                        text("value", false, "The option's code, the scale point or the clause number"),
                        integer("count", true, "How many")),
                List.of("draft", "sector", "agency"),
                null,
                (key, max, q) -> closedResults(key, q).stream()
                        .map(c -> new ExportRow(
                                c.key(),
                                c.key(),
                                null,
                                values(
                                        c.count().draft(),
                                        c.count().questionnaire(),
                                        c.count().version(),
                                        c.count().question(),
                                        c.count().kind(),
                                        c.count().value(),
                                        c.count().count())))
                        .toList());
    }

    private Dataset expertiseMatrix() {
        return new Dataset(
                "expertise_matrix",
                "Anti-corruption expertise matrix",
                "For each closed discussion, how many experts "
                        + "found each corruption-generating factor in each clause.",
                List.of(
                        text("draft", true, "The draft's number"),
                        integer("version", true, "Questionnaire version"),
                        text("factor", true, "Factor question code"),
                        text("clause", true, "Clause number"),
                        integer("experts", true, "Experts who found the factor in the clause")),
                List.of("draft", "sector", "agency"),
                null,
                (key, max, q) -> closedResults(key, q).stream()
                        .filter(c -> EXPERTISE.equals(c.count().questionnaire())
                                && c.count().factor()
                                && "clause".equals(c.count().kind()))
                        .map(c -> new ExportRow(
                                c.key(),
                                c.key(),
                                null,
                                values(
                                        c.count().draft(),
                                        c.count().version(),
                                        c.count().question(),
                                        c.count().value(),
                                        c.count().count())))
                        .toList());
    }

    private Dataset decisionsDataset() {
        return new Dataset(
                "decisions",
                "Decisions on proposals",
                "Each proposal of a published summary with the agency's "
                        + "decision and reason (a campaign of near-identical comments is one proposal).",
                List.of(
                        integer("proposal", true, "The proposal: its earliest comment's number"),
                        text("draft", true, "The draft's number"),
                        text("clause", false, "The clause it is about"),
                        text("text", true, "The proposal as decided on"),
                        integer("comments", true, "How many comments it stands for"),
                        text("decision", true, "accepted, partlyAccepted or rejected"),
                        text("reason", false, "The agency's reason"),
                        dateTime("decided_at", true, "When it was decided (UTC)")),
                List.of("period", "draft", "sector", "agency"),
                "decided_at",
                (key, max, q) -> decisions.publishedDecisionsAfter(key, max, q.draftId()).stream()
                        .map(d -> new ExportRow(
                                d.id(),
                                d.draftId(),
                                d.decidedAt(),
                                values(
                                        d.proposalId(),
                                        DraftFacts.numberOf(d.draftId()),
                                        d.clause(),
                                        d.text(),
                                        d.comments(),
                                        d.decision(),
                                        d.reason(),
                                        d.decidedAt())))
                        .toList());
    }

    private Dataset summaries() {
        return new Dataset(
                "summaries",
                "Published summaries",
                "Each published summary of a discussion: how many proposals "
                        + "were accepted, partly accepted and rejected, and when it was published.",
                List.of(
                        text("draft", true, "The draft's number"),
                        integer("accepted", true, "Proposals accepted"),
                        integer("partly_accepted", true, "Proposals partly accepted"),
                        integer("rejected", true, "Proposals rejected"),
                        dateTime("published_at", true, "When the summary was published (UTC)")),
                List.of("period", "draft", "sector", "agency"),
                "published_at",
                (key, max, q) -> decisions.summariesAfter(key, max).stream()
                        .map(s -> new ExportRow(
                                s.draftId(),
                                s.draftId(),
                                s.publishedAt(),
                                values(
                                        DraftFacts.numberOf(s.draftId()),
                                        s.accepted(),
                                        s.partlyAccepted(),
                                        s.rejected(),
                                        s.publishedAt())))
                        .toList());
    }

    private record Keyed(long key, PublicResults.Count count) {}

    /** The next drafts' counts after draft {@code key}, skipping drafts still open, until some are found or none is left. */
    private List<Keyed> closedResults(long key, ExportQuery q) {
        List<Keyed> found = new ArrayList<>();
        for (long after = key; found.isEmpty(); ) {
            List<DraftFacts.Published> next =
                    drafts.publishedAfter(after, DRAFTS_PER_BATCH, q.draftId(), q.sector(), q.agency(), null, null);
            if (next.isEmpty()) {
                break;
            }
            for (DraftFacts.Published draft : next) {
                results.of(draft.id()).forEach(c -> found.add(new Keyed(draft.id(), c)));
            }
            after = next.get(next.size() - 1).id();
        }
        return found;
    }
}
