/**
 * Regulatory impact assessment (RIA) of a draft (docs/ria.md; domain brief, section 3): the problem,
 * objectives, options considered, costs and benefits per group in UZS and in words, affected groups and
 * regions, administrative burden, corruption risks, risks with mitigations and monitoring indicators.
 * The draft's own agency writes it ({@link uz.muhokama.ria.RiaPages}, {@link uz.muhokama.ria.RiaResource})
 * while the draft is unpublished; it is published with the draft and frozen from then on, and shown on
 * the public draft page ({@link uz.muhokama.ria.RiaSection}, a {@link uz.muhokama.draft.DraftPageSection}).
 *
 * <p>The draft keeps only whether it needs an assessment ({@code needs_ria}, the brief's riaRequired);
 * the level (simplified or expanded) lives on the assessment, because it is the assessment's own finding
 * (under UP-111 a simplified assessment is what shows that an expanded one is due) and it decides what
 * the assessment must contain, a rule the entity keeps ({@link uz.muhokama.ria.RegulatoryImpactAssessment#missing}).
 * So the draft's form, table and API stay as they were, and a draft needing none reports level
 * {@code none}. Publishing is blocked through {@link uz.muhokama.draft.PublicationCheck}, which this
 * package implements, so that {@code draft} does not depend on {@code ria}.
 *
 * <p>API for other features: {@link uz.muhokama.ria.RiaService#publishedFor} (a draft's published
 * assessment, for a report). The "public discussion results" section is filled by whichever feature
 * publishes the summary of proposals, through {@link uz.muhokama.ria.DiscussionResults.Source}; until then
 * it is shown as pending. Depends on {@code draft}, {@code reference} and {@code platform}.
 */
package uz.muhokama.ria;
