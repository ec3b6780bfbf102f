package uz.muhokama.opendata;

import java.util.List;

/** Helpers for the datasets' batches: where the next one starts, and when there is none. */
final class Batch {

    private Batch() {}

    /** Rows read by key: a full batch may have more after its last key; a short one was the last. */
    static boolean isLast(List<?> read, int max) {
        return read.size() < max;
    }
}
