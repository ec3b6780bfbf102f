/**
 * Open data: everything public on the portal, for anyone to take whole. A nightly job makes one
 * Frictionless data package (datapackage.json with a Table Schema per resource, CSV files, one ZIP)
 * in the shared delivery folder, once across instances, and keeps the last few; every resource also
 * streams over the API as CSV or JSON Lines with filters and no row cap (docs/open-data.md).
 * Reads the other features only through their services: {@code draft} ({@code DraftFacts}),
 * {@code participation} ({@code ParticipationActivity}), {@code survey} ({@code PublicResults}),
 * {@code decision} ({@code DecisionActivity}), {@code stats} ({@code StatsService}), {@code reference}.
 * Nothing depends on it.
 */
package uz.muhokama.opendata;
