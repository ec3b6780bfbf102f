package uz.muhokama.draft;

/** The agency's side of the lifecycle; the discussion supplies scheduled/open/closed once published. */
public enum DraftState {
    UNPUBLISHED,
    PUBLISHED,
    WITHDRAWN
}
