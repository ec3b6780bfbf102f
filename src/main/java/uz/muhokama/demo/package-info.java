/**
 * Demo data for trying the portal ({@code mvn liberty:run}): accounts, drafts, comments and votes, survey
 * answers and an assessment, written at start-up when {@code muhokama.demo.enabled=true}, one feature after the
 * other (the observers' {@code @Priority}: accounts 100, drafts 200, participation 300, surveys 400,
 * assessment 450), each once across instances (a {@code SeedMarkers} claim). Never on in production.
 *
 * <p>The demo writes through the features' public services only, never their repositories or entities; where a
 * feature offered nothing for writing what happened earlier, it now has a service for taking over historic
 * records ({@code HistoricAccounts}, {@code HistoricDrafts}, {@code HistoricParticipation}, {@code HistoricAnswers},
 * {@code HistoricAssessments}), which the old portal's data needs as well. Nothing depends on this package
 * (ArchitectureTest), so removing it removes the demo and nothing else.
 */
package uz.muhokama.demo;
