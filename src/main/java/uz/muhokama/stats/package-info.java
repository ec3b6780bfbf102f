/**
 * Statistics: how each region takes part (participants, comments, votes, survey answer sets,
 * expertises, decisions on its proposals, participants per 100,000 residents), how each sector and
 * agency answers what it is told (drafts, discussions, comments, decisions, days to a published
 * summary, summaries overdue), and the same by month, for any period of Tashkent days; pages with
 * server-drawn charts, the API under {@code /api/v1/stats}, CSV and Excel downloads (docs/statistics.md).
 *
 * <p>Counts are folded in from the other features' rows by a job ({@link uz.muhokama.stats.StatsFolder}),
 * never by reading every comment on a page view. Reads the other features only through their
 * services: {@code participation} ({@code ParticipationActivity}), {@code survey} ({@code AnswerActivity}),
 * {@code decision} ({@code DecisionActivity}), {@code draft} ({@code DraftFacts}), {@code account}
 * (voters' regions), {@code reference} (regions, sectors, agencies, populations). Nothing depends on it.
 */
package uz.muhokama.stats;
