package uz.muhokama.stats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.roaringbitmap.RoaringBitmap;

/**
 * A set of people (account ids) as a compressed bitmap (RoaringBitmap): unions and intersections are
 * exact and take microseconds, and a day's set is a few kilobytes. Account ids are identity values far
 * below 2^31; one that is not would be refused rather than counted wrong.
 */
final class People {

    private People() {}

    static RoaringBitmap read(byte[] bytes) {
        RoaringBitmap set = new RoaringBitmap();
        if (bytes == null || bytes.length == 0) {
            return set;
        }
        try {
            set.deserialize(new DataInputStream(new ByteArrayInputStream(bytes)));
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(RoaringBitmap set) {
        set.runOptimize();
        ByteArrayOutputStream out = new ByteArrayOutputStream(set.serializedSizeInBytes());
        try {
            set.serialize(new DataOutputStream(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Adds accounts to a stored set; true if any was new. */
    static boolean add(RoaringBitmap set, Collection<Long> accounts) {
        boolean changed = false;
        for (long account : accounts) {
            if (account < 0 || account > Integer.MAX_VALUE) {
                throw new IllegalStateException("an account id beyond the statistics' range: " + account);
            }
            changed |= set.checkedAdd((int) account);
        }
        return changed;
    }
}
