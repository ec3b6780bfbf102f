package uz.muhokama.stats;

import java.util.List;

/** Small arithmetic the tables share: percentages with one decimal, rates, medians. */
final class Shares {

    private Shares() {}

    /** {@code part} of {@code whole} in percent, one decimal; null when the whole is zero (no share to speak of). */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** How many per 100,000 residents, two decimals; null without a count of residents. */
    static Double per100k(long count, Long residents) {
        return residents == null || residents == 0 ? null : Math.round(count * 10_000_000.0 / residents) / 100.0;
    }

    /** The median of some values, one decimal; null when there are none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
