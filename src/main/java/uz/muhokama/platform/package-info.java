/**
 * Cross-cutting plumbing every feature stands on, and nothing else: the clock, languages and message
 * bundles, errors as problem details, the caller and its roles, CSRF and cookies, database migration
 * and health, and server-side page rendering. It knows no feature: features plug into it through
 * small interfaces such as {@link uz.muhokama.platform.security.CallerLookup}.
 */
package uz.muhokama.platform;
