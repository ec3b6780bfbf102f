package uz.muhokama.draft;

import java.util.List;

/** The differences between two versions of a draft, clause by clause. */
public record VersionChanges(String number, String title, int from, int to, List<ClauseChange> changes) {}
