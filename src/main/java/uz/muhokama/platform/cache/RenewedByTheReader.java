package uz.muhokama.platform.cache;

import com.github.benmanes.caffeine.cache.CacheLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Caffeine's loader for {@code refreshAfterWrite}, which only hands a renewal over: the reader whose
 * read found the entry due ({@link SharedCache#get}) takes it and loads the value itself, with its own
 * loader, after the read returned. Why not let Caffeine run it: a loader needs what only that reader's
 * thread has (the request, its language, the transaction and {@code EntityManager} of the CDI and JPA
 * context; e.g. an anonymous draft page renders from its request), which neither Caffeine's pool nor a
 * {@code ManagedExecutorService} carries; and even with a same-thread executor Caffeine calls
 * {@link #asyncReload} inside a {@code ConcurrentHashMap.computeIfAbsent} of its pending renewals, where
 * a loader that reads the same cache could meet "Recursive update". Until the reader completes the
 * renewal, Caffeine gives everyone else the old value and hands the renewal to nobody else.
 */
final class RenewedByTheReader<K, V> implements CacheLoader<K, V> {

    private final ThreadLocal<CompletableFuture<V>> handedOver = new ThreadLocal<>();

    @Override
    public V load(K key) {
        // SharedCache loads a missing value with the reader's own loader, never through Caffeine.
        throw new UnsupportedOperationException("a missing value is loaded by SharedCache.get");
    }

    @Override
    public CompletableFuture<V> asyncReload(K key, V oldValue, Executor executor) {
        CompletableFuture<V> renewal = new CompletableFuture<>();
        handedOver.set(renewal);
        return renewal;
    }

    /** The renewal Caffeine handed to this thread during its last read, if any (taken once). */
    CompletableFuture<V> takeHandedOver() {
        CompletableFuture<V> renewal = handedOver.get();
        if (renewal != null) {
            handedOver.remove();
        }
        return renewal;
    }
}
