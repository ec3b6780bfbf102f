/**
 * Reports to the drafting agencies: when a discussion closes ({@code DiscussionClosed}, and its outbox
 * row as the safety net) one Excel workbook of everything said is written exactly once, even with
 * several instances, and forwarded step by step (the delivery folder, the agency's inbox, an e-mail),
 * each step recorded and retried (docs/reports.md). Reads the other features only through their
 * services: {@code discussion} (closings), {@code draft} (the draft), {@code participation}
 * ({@code ParticipationReport}), {@code survey} ({@code SurveyReport}), {@code account} (voters'
 * regions), {@code reference} (agencies' addresses and languages).
 */
package uz.muhokama.report;
