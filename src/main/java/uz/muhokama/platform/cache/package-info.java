/**
 * The portal's one way to keep something in memory: {@link uz.muhokama.platform.cache.Caches} builds a
 * {@link uz.muhokama.platform.cache.SharedCache} from a {@link uz.muhokama.platform.cache.CachePolicy}
 * that states how many entries it holds, how long an entry stays good, how much longer it may be served
 * while one caller renews it, and which values are worth keeping. Caffeine does the bounding and the
 * concurrency; whether an entry is still good is judged by the portal's {@link java.time.Clock}, so
 * tests move time instead of sleeping. Every cache is per instance: docs/deployment.md lists them with
 * how stale each may be.
 */
package uz.muhokama.platform.cache;
