/**
 * The one claim mechanism every queue of work uses (docs/architecture.md, "One claim mechanism"): a row
 * of work embeds a {@link Claim} (its state, attempts, next attempt, who holds it since when, the last
 * error, when it was done), whose methods are the only transitions; {@link ClaimQueue} is the one query
 * that finds due rows and the one way to take or hold a row under a database lock, so that of several
 * instances exactly one works on a row at a time and a holder that stopped is taken over.
 */
package uz.muhokama.platform.claim;
