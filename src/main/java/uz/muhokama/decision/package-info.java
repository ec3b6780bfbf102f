/**
 * The agency's decisions on the public's proposals, once its report is written: a proposal is a
 * comment or reply (a campaign group's members are one, as the report listed them), decided on from
 * the decisions page, the API or the decisions workbook's round trip, all or nothing. Publishing makes
 * the summary public and final (its page, API, Excel and CSV files) and announces it
 * ({@link uz.muhokama.decision.SummaryPublished}; the notification feature tells each author the
 * decisions on theirs), whose profile page shows the decisions too. {@code DecisionActivity} is what {@code stats} and {@code opendata} read;
 * {@code SummaryResults} fills the RIA's discussion results. Depends on {@code report} (whether a
 * draft's report is written and the campaign groups it listed, through {@code WrittenReports}),
 * {@code draft}, {@code participation}, {@code account}, {@code reference} and the platform's mailer; {@code report}
 * knows nothing of it.
 */
package uz.muhokama.decision;
