package uz.muhokama.opendata;

import java.util.List;

/**
 * One resource of the open data: its name (the file is {@code <name>.csv}), title, description,
 * columns, and where its rows come from, a batch at a time in key order. {@code filters} names the
 * filters it takes ({@code period}, {@code draft}, {@code sector}, {@code agency}); {@code periodOf}
 * says which date the period filter judges.
 */
record Dataset(
        String name,
        String title,
        String description,
        List<Field> fields,
        List<String> filters,
        String periodOf,
        Batches batches) {

    /** The rows after {@code key}, at most {@code max}, narrowed by whatever the source can narrow itself. */
    @FunctionalInterface
    interface Batches {
        List<ExportRow> after(long key, int max, ExportQuery query);
    }

    boolean takes(String filter) {
        return filters.contains(filter);
    }
}
