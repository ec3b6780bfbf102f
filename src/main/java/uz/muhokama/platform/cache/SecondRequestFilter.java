package uz.muhokama.platform.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers, as two bits of a key's hash, which keys were asked for recently, so that a cache keeps
 * only what is asked for a second time (the "doorkeeper" of TinyLFU). Caffeine's own admission only
 * chooses between entries once the cache is full, so without this a cache that is seldom full keeps
 * every first read. Why that matters: when views are spread over far more drafts than the cache
 * holds, keeping every first read let go of an entry per view, and the live-but-soon-dropped entries
 * were copied by every young collection (docs/benchmarks.md). When the filter is half full it starts
 * again empty, so "recently" means the last few times its size in keys. A wrong "seen" only keeps one
 * entry more; races between threads only lose a bit, never break it.
 */
final class SecondRequestFilter {

    private final AtomicLongArray words;
    private final int mask;
    private final int resetAfter;
    private final AtomicInteger bitsSet = new AtomicInteger();

    /** @param bits rounded up to a power of two, at least 64 */
    SecondRequestFilter(int bits) {
        int size = Integer.highestOneBit((Math.max(64, bits) - 1) << 1);
        this.words = new AtomicLongArray(size >>> 6);
        this.mask = size - 1;
        this.resetAfter = size / 2;
    }

    /** Marks the key as asked for, and says whether it had been before (since the last reset). */
    boolean seenBefore(Object key) {
        int hash = spread(key.hashCode());
        boolean first = mark(hash);
        boolean second = mark(Integer.rotateLeft(hash * 0x9E3779B9, 16));
        return !first && !second;
    }

    /** Sets one bit; true if it was not set before. */
    private boolean mark(int hash) {
        int bit = hash & mask;
        long flag = 1L << (bit & 63);
        long before = words.getAndAccumulate(bit >>> 6, flag, (a, b) -> a | b);
        if ((before & flag) != 0) {
            return false;
        }
        if (bitsSet.incrementAndGet() >= resetAfter) {
            clear();
        }
        return true;
    }

    private void clear() {
        bitsSet.set(0);
        for (int i = 0; i < words.length(); i++) {
            words.set(i, 0);
        }
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
