package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, called by each kind of caller: anonymous, a citizen, an
 * expert, an editor of agency A (the Ministry of Justice, which owns the fixtures), an editor of agency B
 * (the Ministry of Energy), a moderator and an administrator. Each answer's status is compared with the
 * table below: a role is checked on the server for every endpoint, and another agency gets 404 for an
 * agency's unpublished draft, its report and its decisions, as anyone does who may not know they exist.
 *
 * <p>The table follows the document: an operation without a row fails, and so does a row for an operation
 * the document no longer has. The answers are also held against the document: each status seen must be
 * documented for its operation, every error is problem+json, and an operation documented as needing sign-in
 * answers an anonymous caller 401 while one documented for anyone does not.
 */
class AuthorizationMatrixIT extends PortalIntegration {

    /** The callers, in the table's column order. */
    enum Who {
        ANONYMOUS,
        CITIZEN,
        EXPERT,
        EDITOR_A,
        EDITOR_B,
        MODERATOR,
        ADMIN
    }

    /**
     * The order of the calls: agency A last, so that an operation that changes its draft for good (publishing
     * the summary) has been refused to everyone else first, on the same state.
     */
    private static final List<Who> CALL_ORDER =
            List.of(Who.ANONYMOUS, Who.CITIZEN, Who.EXPERT, Who.EDITOR_B, Who.MODERATOR, Who.ADMIN, Who.EDITOR_A);

    private static final String AGENCY_A = "ministry-of-justice";
    private static final String AGENCY_B = "ministry-of-energy";

    /** One request: the values of the path's {placeholders}, a query, and a body. */
    record Call(
            Map<String, String> params, String query, String contentType, byte[] body, Map<String, String> headers) {

        static Call of(String... nameAndValue) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i + 1 < nameAndValue.length; i += 2) {
                params.put(nameAndValue[i], nameAndValue[i + 1]);
            }
            return new Call(params, "", null, null, Map.of());
        }

        Call query(String query) {
            return new Call(params, query, contentType, body, headers);
        }

        Call json(String json) {
            return new Call(params, query, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
        }

        Call bytes(String type, byte[] content) {
            return new Call(params, query, type, content, headers);
        }

        /** A multipart/form-data body with one part, {@code file}, as a browser's upload form sends it. */
        Call file(String fileName, byte[] content) {
            String boundary = "----matrix" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(content, 0, all, head.length, content.length);
            System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
            return bytes("multipart/form-data; boundary=" + boundary, all);
        }

        /** Signed in with this token instead of the caller's usual one (a fresh token, to be signed out). */
        Call token(String token) {
            return new Call(params, query, contentType, body, Map.of("Authorization", Http.bearer(token)));
        }
    }

    /** A row of the table: how to call the operation as each caller, and the status each must get. */
    record Row(String operationId, Function<Who, Call> call, Map<Who, Integer> expected) {}

    private final Map<Who, Accounts.SignedIn> people = new EnumMap<>(Who.class);
    private Accounts.SignedIn commenter;
    private Accounts.SignedIn otherCommenter;
    private int freshComments;

    @AfterEach
    void resetClock() {
        Drafts.moveClock(http, Duration.ZERO);
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        JsonObject document = http.get("/openapi", "Accept", "application/json").json();
        Map<String, String[]> operations = operations(document);

        people.put(Who.CITIZEN, Accounts.newCitizen(http));
        people.put(Who.EXPERT, Surveys.newExpert(http));
        people.put(Who.EDITOR_A, Accounts.newEditor(http, AGENCY_A));
        people.put(Who.EDITOR_B, Accounts.newEditor(http, AGENCY_B));
        people.put(Who.MODERATOR, Accounts.demoModerator(http));
        people.put(Who.ADMIN, Accounts.demoAdmin(http));
        Accounts.SignedIn citizen = people.get(Who.CITIZEN);
        Accounts.SignedIn expert = people.get(Who.EXPERT);
        Accounts.SignedIn editorA = people.get(Who.EDITOR_A);
        commenter = Accounts.newCitizen(http);
        otherCommenter = Accounts.newCitizen(http);

        // Closed discussions first (the clock moves past their end): one whose decisions are being made and
        // one whose decisions are all made, waiting to be published.
        Surveys.OpenDraft deciding = openDraftOfA(editorA);
        Surveys.OpenDraft decided = openDraftOfA(editorA);
        Participation.post(
                http, commenter, deciding.number(), Participation.comment("Birinchi taklif " + UUID.randomUUID()));
        Participation.post(
                http, commenter, decided.number(), Participation.comment("Ikkinchi taklif " + UUID.randomUUID()));
        Reports.close(http, deciding.closesAt().isAfter(decided.closesAt()) ? deciding.closesAt() : decided.closesAt());
        Reports.runJob(http, deciding.number());
        Reports.runJob(http, decided.number());
        long proposal = proposal(editorA, deciding.number());
        Http.Reply decidedAll = http.putJson(
                "/api/v1/drafts/" + decided.number() + "/decisions",
                Decisions.decisions(String.valueOf(proposal(editorA, decided.number())), "accepted", null),
                "Authorization",
                editorA.bearer());
        assertEquals(200, decidedAll.status(), decidedAll::toString);
        byte[] decisionsWorkbook = Decisions.fill(
                http.getBytes(
                        "/api/v1/drafts/" + deciding.number() + "/decisions/workbook",
                        "Authorization",
                        editorA.bearer()),
                Map.of(proposal, new String[] {"Qabul qilindi", null}));

        // Then, on the moved clock, a draft under discussion and an unpublished one, with what hangs on them.
        Surveys.OpenDraft open = openDraftOfA(editorA);
        String unpublished = Drafts.create(http, editorA, Drafts.lawWithThreeClauses("Matritsa " + UUID.randomUUID()));
        Http.Reply assessment = http.putJson(
                "/api/v1/drafts/" + unpublished + "/ria",
                RiaIT.simplified("simplified"),
                "Authorization",
                editorA.bearer());
        assertEquals(200, assessment.status(), assessment::toString);
        long attachment = attach(editorA, unpublished);
        long citizensComment = Participation.post(
                http, citizen, open.number(), Participation.comment("Fuqaro fikri " + UUID.randomUUID()));
        long citizensOtherComment = Participation.post(
                http, citizen, open.number(), Participation.comment("Yana bir fikr " + UUID.randomUUID()));
        Surveys.answer(http, expert, open.number(), Surveys.EXPERTISE, Surveys.expertise("fixable"));
        Surveys.answer(http, citizen, open.number(), Surveys.GENERAL, Surveys.general("yes", 4));
        Accounts.SignedIn subject = Accounts.newCitizen(http);

        List<Row> table = List.of(
                // Reference data and accounts
                row("listSectors", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row("listActTypes", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row("listRegions", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row("listAgencies", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "registerAccount",
                        who -> Call.of()
                                .json(Accounts.registration(
                                        Accounts.uniqueEmail("matrix"),
                                        Accounts.STRONG_PASSWORD,
                                        "Matritsa Sinov",
                                        "UZ-TK",
                                        "uz")),
                        201,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201),
                row(
                        "signIn",
                        who -> Call.of()
                                .json("{\"email\": \"%s\", \"password\": \"%s\"}"
                                        .formatted(citizen.email(), citizen.password())),
                        201,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201),
                row(
                        "signOut",
                        who -> who == Who.ANONYMOUS
                                ? Call.of()
                                : Call.of()
                                        .token(Accounts.signIn(
                                                http,
                                                people.get(who).email(),
                                                people.get(who).password())),
                        401,
                        204,
                        204,
                        204,
                        204,
                        204,
                        204),
                row("getMyAccount", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row(
                        "getAccount",
                        who -> Call.of("id", String.valueOf(citizen.id())),
                        401,
                        200,
                        404,
                        404,
                        404,
                        404,
                        200),
                row(
                        "assignRoles",
                        who -> Call.of("id", String.valueOf(subject.id())).json("{\"roles\": [\"CITIZEN\"]}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200),
                // Drafts
                row("searchDrafts", who -> Call.of().query("q=Matritsa"), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "createDraft",
                        who -> Call.of().json(Drafts.lawWithThreeClauses("Yangi " + UUID.randomUUID())),
                        401,
                        403,
                        403,
                        201,
                        201,
                        403,
                        403),
                row("getDraft", who -> Call.of("number", unpublished), 404, 404, 404, 200, 404, 404, 404),
                row(
                        "updateDraft",
                        who -> Call.of("number", unpublished).json(Drafts.lawWithThreeClauses("Matritsa tahrir")),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "compareDraftVersions",
                        who -> Call.of("number", unpublished).query("from=1&to=1"),
                        404,
                        404,
                        404,
                        200,
                        404,
                        404,
                        404),
                row(
                        "publishDraft",
                        who -> Call.of("number", freshDraft(editorA)).json(window()),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "extendDiscussion",
                        who -> Call.of("number", open.number())
                                .json("{\"closesAt\": \"%s\", \"reason\": \"Koʻproq fikr\"}"
                                        .formatted(open.closesAt().plus(Duration.ofDays(5)))),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "withdrawDraft",
                        who -> Call.of("number", freshDraft(editorA)).json("{\"reason\": \"Qayta ishlanadi\"}"),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row("listAttachments", who -> Call.of("number", unpublished), 404, 404, 404, 200, 404, 404, 404),
                row(
                        "addAttachment",
                        who -> Call.of("number", unpublished).file("Ilova.pdf", AttachmentsIT.PDF),
                        401,
                        403,
                        403,
                        201,
                        404,
                        403,
                        403),
                row(
                        "downloadAttachment",
                        who -> Call.of("number", unpublished, "id", String.valueOf(attachment)),
                        404,
                        404,
                        404,
                        200,
                        404,
                        404,
                        404),
                row(
                        "removeAttachment",
                        who -> Call.of("number", unpublished, "id", String.valueOf(attach(editorA, unpublished))),
                        401,
                        403,
                        403,
                        204,
                        404,
                        403,
                        403),
                // Participation
                row("listComments", who -> Call.of("number", open.number()), 200, 200, 200, 200, 200, 200, 200),
                row("countComments", who -> Call.of("number", open.number()), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "postComment",
                        who -> Call.of("number", open.number()).json(Participation.comment("Matritsa fikri " + who)),
                        401,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201),
                row(
                        "editComment",
                        who -> Call.of("number", open.number(), "id", String.valueOf(citizensComment))
                                .json("{\"text\": \"Tahrirlangan fikr\"}"),
                        401,
                        200,
                        403,
                        403,
                        403,
                        403,
                        403),
                row(
                        "withdrawComment",
                        who -> Call.of("number", open.number(), "id", String.valueOf(citizensOtherComment)),
                        401,
                        204,
                        403,
                        403,
                        403,
                        403,
                        403),
                row("getVotes", who -> Call.of("number", open.number()), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "castVote",
                        who -> Call.of("number", open.number()).json("{\"vote\": \"SUPPORT\"}"),
                        401,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("withdrawVote", who -> Call.of("number", open.number()), 401, 200, 200, 200, 200, 200, 200),
                // Moderation
                row(
                        "flagComment",
                        who -> Call.of("id", String.valueOf(citizensComment)).json("{\"reason\": \"Haqorat\"}"),
                        401,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201),
                row("getModerationQueue", who -> Call.of(), 401, 403, 403, 403, 403, 200, 403),
                row(
                        "getModeratedComment",
                        who -> Call.of("id", String.valueOf(citizensComment)),
                        401,
                        403,
                        403,
                        403,
                        403,
                        200,
                        403),
                row(
                        "hideComment",
                        who -> Call.of("id", String.valueOf(freshComment(open.number())))
                                .json("{\"reason\": \"Haqorat\"}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        200,
                        403),
                row(
                        "restoreComment",
                        who -> Call.of("id", String.valueOf(hiddenComment(open.number())))
                                .json("{\"reason\": \"Xato\"}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        200,
                        403),
                row("listCampaigns", who -> Call.of("number", open.number()), 401, 403, 403, 403, 403, 200, 403),
                // Surveys
                row("listQuestionnaires", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row("getQuestionnaire", who -> Call.of("code", Surveys.GENERAL), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "getQuestionnaireDefinition",
                        who -> Call.of("code", Surveys.GENERAL),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200),
                // The administrator's definition is refused on its content (400): past the role check, and no new
                // version of a shipped questionnaire for the other stories sharing the database.
                row(
                        "publishQuestionnaireVersion",
                        who -> Call.of("code", Surveys.GENERAL).json("{\"questions\": []}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403,
                        400),
                row("answerPortalSurvey", who -> Call.of().json(PORTAL_ANSWER), 401, 201, 201, 201, 201, 201, 201),
                row("getPortalSurveyResults", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                row("exportPortalSurveyAnswers", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                row(
                        "getMyAnswer",
                        who -> Call.of("number", open.number(), "code", Surveys.EXPERTISE),
                        401,
                        403,
                        200,
                        403,
                        403,
                        403,
                        403),
                row(
                        "saveMyAnswer",
                        who -> Call.of("number", open.number(), "code", Surveys.EXPERTISE)
                                .json(Surveys.expertise("fixable")),
                        401,
                        403,
                        200,
                        403,
                        403,
                        403,
                        403),
                row(
                        "withdrawMyAnswer",
                        who -> Call.of("number", open.number(), "code", Surveys.GENERAL),
                        401,
                        204,
                        404,
                        404,
                        404,
                        404,
                        404),
                row(
                        "getSurveyResults",
                        who -> Call.of("number", open.number(), "code", Surveys.EXPERTISE),
                        404,
                        404,
                        404,
                        200,
                        404,
                        404,
                        200),
                row("applyToBeExpert", who -> Call.of().json(APPLICATION), 401, 201, 409, 201, 201, 201, 201),
                row("listMyExpertApplications", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row("listExpertApplications", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                row(
                        "approveExpertApplication",
                        who -> Call.of("id", String.valueOf(pendingApplication()))
                                .json("{\"reason\": \"Mos\"}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200),
                row(
                        "declineExpertApplication",
                        who -> Call.of("id", String.valueOf(pendingApplication()))
                                .json("{\"reason\": \"Tajriba yetarli emas\"}"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200),
                // Regulatory impact assessment
                row("getImpactAssessment", who -> Call.of("number", unpublished), 404, 404, 404, 200, 404, 404, 404),
                row(
                        "saveImpactAssessment",
                        who -> Call.of("number", unpublished).json(RiaIT.simplified("simplified")),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                // Reports, decisions and the summary
                row("listAgencyReports", who -> Call.of(), 401, 403, 403, 200, 200, 403, 403),
                row("listAllReports", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                row("getReport", who -> Call.of("number", deciding.number()), 401, 404, 404, 200, 404, 404, 200),
                row(
                        "downloadReportWorkbook",
                        who -> Call.of("number", deciding.number()),
                        401,
                        404,
                        404,
                        200,
                        404,
                        404,
                        200),
                // No SMTP server listens during this story, so the report's e-mail step has failed: due again now.
                row("retryReport", who -> Call.of("number", deciding.number()), 401, 403, 403, 403, 403, 403, 200),
                row(
                        "listProposalDecisions",
                        who -> Call.of("number", deciding.number()),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "decideProposals",
                        who -> Call.of("number", deciding.number())
                                .json(Decisions.decisions(String.valueOf(proposal), "rejected", "Asoslanmagan")),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "downloadDecisionsWorkbook",
                        who -> Call.of("number", deciding.number()),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row(
                        "uploadDecisionsWorkbook",
                        who -> Call.of("number", deciding.number()).bytes(Decisions.XLSX, decisionsWorkbook),
                        401,
                        403,
                        403,
                        200,
                        404,
                        403,
                        403),
                row("publishSummary", who -> Call.of("number", decided.number()), 401, 403, 403, 200, 404, 403, 403),
                row("getSummary", who -> Call.of("number", deciding.number()), 404, 404, 404, 200, 404, 404, 404),
                row(
                        "downloadSummaryWorkbook",
                        who -> Call.of("number", deciding.number()),
                        404,
                        404,
                        404,
                        200,
                        404,
                        404,
                        404),
                row(
                        "downloadSummaryCsv",
                        who -> Call.of("number", deciding.number()),
                        404,
                        404,
                        404,
                        200,
                        404,
                        404,
                        404),
                // Statistics: public, but only administrators rebuild them
                row(
                        "getRegionStatistics",
                        who -> Call.of().query("from=2026-01-01"),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("getSectorStatistics", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row("getAgencyStatistics", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "getMonthlyStatistics",
                        who -> Call.of().query("from=2026-01-01"),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("downloadStatisticsCsv", who -> Call.of("table", "regions"), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "downloadStatisticsWorkbook",
                        who -> Call.of("table", "agencies"),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("rebuildStatistics", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                // Open data: public, but only administrators make a package out of turn
                row("getOpenDataCatalogue", who -> Call.of(), 200, 200, 200, 200, 200, 200, 200),
                row(
                        "downloadOpenDataFile",
                        who -> Call.of("package", "latest", "file", "secret.txt"),
                        404,
                        404,
                        404,
                        404,
                        404,
                        404,
                        404),
                row(
                        "exportOpenDataResource",
                        who -> Call.of("resource", "sectors").query("format=csv"),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("makeOpenDataPackage", who -> Call.of(), 401, 403, 403, 403, 403, 403, 200),
                // Follows, notification settings and notifications: each signed-in person's own
                row("listMyFollows", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row(
                        "follow",
                        who -> Call.of()
                                .json("{\"target\": \"search\", \"q\": \"matritsa%s\"}"
                                        .formatted(UUID.randomUUID().toString().substring(0, 8))),
                        401,
                        201,
                        201,
                        201,
                        201,
                        201,
                        201),
                row(
                        "unfollow",
                        who -> Call.of("id", who == Who.ANONYMOUS ? "1" : String.valueOf(freshFollow(who))),
                        401,
                        204,
                        204,
                        204,
                        204,
                        204,
                        204),
                row("getMyNotificationSettings", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row(
                        "changeMyNotificationSettings",
                        who -> Call.of().json("{\"digestHour\": 8}"),
                        401,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                row("listMyNotifications", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row("countMyUnreadNotifications", who -> Call.of(), 401, 200, 200, 200, 200, 200, 200),
                row(
                        "markMyNotificationRead",
                        who -> Call.of("id", who == Who.ANONYMOUS ? "1" : String.valueOf(freshNotification(who))),
                        401,
                        204,
                        204,
                        204,
                        204,
                        204,
                        204),
                row("markAllMyNotificationsRead", who -> Call.of(), 401, 204, 204, 204, 204, 204, 204));

        Map<String, Row> rows = new LinkedHashMap<>();
        table.forEach(r -> assertTrue(rows.put(r.operationId(), r) == null, "two rows for " + r.operationId()));
        Set<String> withoutRow = new TreeSet<>(operations.keySet());
        withoutRow.removeAll(rows.keySet());
        Set<String> withoutOperation = new TreeSet<>(rows.keySet());
        withoutOperation.removeAll(operations.keySet());
        assertTrue(withoutRow.isEmpty(), "operations in the document without a row in the table: " + withoutRow);
        assertTrue(withoutOperation.isEmpty(), "rows for operations no longer in the document: " + withoutOperation);

        List<String> faults = new ArrayList<>();
        for (Row row : table) {
            String[] operation = operations.get(row.operationId());
            JsonObject documented = document.getJsonObject("paths")
                    .getJsonObject(operation[1])
                    .getJsonObject(operation[0].toLowerCase());
            for (Who who : CALL_ORDER) {
                Call call = row.call().apply(who);
                Http.Reply reply = send(who, operation[0], operation[1], call);
                String where = row.operationId() + " as " + who + ": ";
                int expected = row.expected().get(who);
                if (reply.status() != expected) {
                    faults.add(where + "expected " + expected + ", got " + reply.status() + " "
                            + abbreviated(reply.body()));
                }
                if (!documented.getJsonObject("responses").containsKey(String.valueOf(reply.status()))) {
                    faults.add(where + reply.status() + " is not documented");
                }
                if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
                    faults.add(where + reply.status() + " is not problem+json but " + reply.contentType());
                }
            }
            String security = String.valueOf(documented.get("security")).replace(" ", "");
            int anonymous = row.expected().get(Who.ANONYMOUS);
            if (security.equals("[{\"bearer\":[]}]") != (anonymous == 401)) {
                faults.add(row.operationId() + ": documented security " + security + " but anonymous callers get "
                        + anonymous);
            }
        }
        leaveNothingWaiting(citizensComment);
        unfollowEverything();
        assertTrue(faults.isEmpty(), () -> faults.size() + " answers differ:\n" + String.join("\n", faults));
    }

    /**
     * The stories after this one share its database: the comment everyone flagged leaves the moderation queue,
     * and the applications to be an expert the table made (the demo moderator's and administrator's too) are
     * declined, so that no queue or list another story reads starts with this one's leftovers.
     */
    private void leaveNothingWaiting(long flaggedComment) {
        Http.Reply hidden = http.postJson(
                "/api/v1/moderation/comments/" + flaggedComment + "/hide",
                "{\"reason\": \"Sinov\"}",
                "Authorization",
                people.get(Who.MODERATOR).bearer());
        assertEquals(200, hidden.status(), hidden::toString);
        for (Accounts.SignedIn person : people.values()) {
            http.get("/api/v1/expert-applications/mine", "Authorization", person.bearer()).jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(a -> a.getString("state").equals("pending"))
                    .forEach(a -> assertEquals(
                            200,
                            http.postJson(
                                            "/api/v1/expert-applications/"
                                                    + a.getJsonNumber("id").longValue() + "/decline",
                                            "{\"reason\": \"Sinov\"}",
                                            "Authorization",
                                            people.get(Who.ADMIN).bearer())
                                    .status()));
        }
    }

    /** A follow of the caller's own, to be stopped by the call. */
    private long freshFollow(Who who) {
        Http.Reply followed = http.postJson(
                "/api/v1/me/follows",
                "{\"target\": \"search\", \"q\": \"bekor%s\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8)),
                "Authorization",
                people.get(who).bearer());
        assertEquals(201, followed.status(), followed::toString);
        return followed.json().getJsonNumber("id").longValue();
    }

    /** A notification in the caller's own inbox (the test hook writes it as the fan-out would). */
    private long freshNotification(Who who) {
        Http.Reply delivered = http.postJson(
                "/api/v1/test/notifications/inbox",
                "{\"accountId\": %d}".formatted(people.get(who).id()));
        assertEquals(200, delivered.status(), delivered::toString);
        return delivered.json().getJsonNumber("notificationId").longValue();
    }

    /**
     * The demo moderator and administrator outlive the table (the PostgreSQL database is kept between runs):
     * their follows are stopped, so that runs never add up to the limit of follows a person may have.
     */
    private void unfollowEverything() {
        for (Accounts.SignedIn person : people.values()) {
            http.get("/api/v1/me/follows", "Authorization", person.bearer()).jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .forEach(f -> assertEquals(
                            204,
                            http.delete(
                                            "/api/v1/me/follows/"
                                                    + f.getJsonNumber("id").longValue(),
                                            "Authorization",
                                            person.bearer())
                                    .status()));
        }
    }

    /** operationId → {method, path template} of every operation in the document. */
    private static Map<String, String[]> operations(JsonObject document) {
        Map<String, String[]> operations = new LinkedHashMap<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.put(
                                operation.asJsonObject().getString("operationId"),
                                new String[] {method.toUpperCase(), path});
                    }
                }));
        return operations;
    }

    private static Row row(String operationId, Function<Who, Call> call, int... statuses) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, statuses[who.ordinal()]);
        }
        return new Row(operationId, call, expected);
    }

    private Http.Reply send(Who who, String method, String template, Call call) {
        String path = template;
        for (Map.Entry<String, String> param : call.params().entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        assertTrue(!path.contains("{"), "a placeholder left in " + path);
        String authorization = call.headers().containsKey("Authorization")
                ? call.headers().get("Authorization")
                : who != Who.ANONYMOUS ? people.get(who).bearer() : null;
        String[] headers = authorization == null ? new String[0] : new String[] {"Authorization", authorization};
        return http.exchange(
                method,
                path + (call.query().isEmpty() ? "" : "?" + call.query()),
                call.contentType(),
                call.body(),
                headers);
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** A five-clause draft of agency A, open now (the clock moved just past its opening, never back). */
    private Surveys.OpenDraft openDraftOfA(Accounts.SignedIn editorA) {
        String number = Drafts.create(http, editorA, Drafts.lawWithThreeClauses("Ochiq " + UUID.randomUUID()));
        JsonObject published = Drafts.publish(http, editorA, number, Duration.ZERO, 15);
        Instant opens = Instant.parse(published.getJsonObject("discussion").getString("opensAt"));
        long offset = http.get("/api/v1/test/clock")
                .json()
                .getJsonNumber("offsetSeconds")
                .longValue();
        Drafts.moveClock(
                http,
                Duration.ofSeconds(
                        Math.max(offset, Duration.between(Instant.now(), opens).toSeconds() + 5)));
        return new Surveys.OpenDraft(
                number,
                editorA,
                Instant.parse(published.getJsonObject("discussion").getString("closesAt")));
    }

    private String freshDraft(Accounts.SignedIn editorA) {
        return Drafts.create(http, editorA, Drafts.lawWithThreeClauses("Bir martalik " + UUID.randomUUID()));
    }

    /** A window that obeys the rules: opening in an hour on the server's clock, lasting twenty days. */
    private String window() {
        Instant opens = Drafts.serverNow(http).plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        return Drafts.window(opens, opens.plus(Duration.ofDays(20)));
    }

    private long attach(Accounts.SignedIn editorA, String number) {
        Http.Reply attached = http.postFile(
                "/api/v1/drafts/" + number + "/attachments",
                "file",
                "Ilova.pdf",
                "application/pdf",
                AttachmentsIT.PDF,
                "Authorization",
                editorA.bearer());
        assertEquals(201, attached.status(), attached::toString);
        return attached.json().getJsonNumber("id").longValue();
    }

    /** A comment of its own for each call, by two authors in turn (each stays under the comments-per-minute limit). */
    private long freshComment(String number) {
        Accounts.SignedIn author = freshComments++ % 2 == 0 ? commenter : otherCommenter;
        return Participation.post(
                http, author, number, Participation.comment("Bir martalik fikr " + UUID.randomUUID()));
    }

    private long hiddenComment(String number) {
        long id = freshComment(number);
        Http.Reply hidden = http.postJson(
                "/api/v1/moderation/comments/" + id + "/hide",
                "{\"reason\": \"Haqorat\"}",
                "Authorization",
                people.get(Who.MODERATOR).bearer());
        assertEquals(200, hidden.status(), hidden::toString);
        return id;
    }

    /** A fresh citizen's application, waiting for an administrator. */
    private long pendingApplication() {
        Accounts.SignedIn applicant = Accounts.newCitizen(http);
        Http.Reply applied =
                http.postJson("/api/v1/expert-applications", APPLICATION, "Authorization", applicant.bearer());
        assertEquals(201, applied.status(), applied::toString);
        return applied.json().getJsonNumber("id").longValue();
    }

    /** The first proposal of a closed draft's report, as its agency reads it. */
    private long proposal(Accounts.SignedIn editorA, String number) {
        Http.Reply page = http.get("/api/v1/drafts/" + number + "/decisions", "Authorization", editorA.bearer());
        assertEquals(200, page.status(), page::toString);
        return page.json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonObject("proposal")
                .getJsonNumber("id")
                .longValue();
    }

    private static final String PORTAL_ANSWER =
            "{\"answers\": {\"proposals\": \"Qidiruv qulay\", \"findability\": 2, \"wantedFeatures\": [\"mobile\", \"search\"]}}";

    private static final String APPLICATION = """
            {"status": "academic", "organisation": "Toshkent davlat yuridik universiteti",
             "qualification": "Huquq fanlari nomzodi, 12 yillik tajriba.", "statement": "Korrupsiyaga qarshi ekspertiza bilan shugʻullanaman."}""";
}
