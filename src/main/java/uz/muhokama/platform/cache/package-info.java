/**
 * The portal's one way to keep something in memory: {@link uz.muhokama.platform.cache.Caches} builds a
 * {@link uz.muhokama.platform.cache.SharedCache} from a {@link uz.muhokama.platform.cache.CachePolicy}
 * that states how many entries it holds, how long an entry stays good, how much longer it may be served
 * while one caller renews it, and which values are worth keeping. Caffeine does the bounding, expiry,
 * renewal ({@code refreshAfterWrite}) and statistics, on a ticker that reads the portal's
 * {@link java.time.Clock}, so tests move time instead of sleeping; a renewal runs on the thread of the
 * reader that found the entry due, which has the request and transaction its loader needs. Every cache
 * is per instance: docs/deployment.md lists them with how stale each may be.
 */
package uz.muhokama.platform.cache;
