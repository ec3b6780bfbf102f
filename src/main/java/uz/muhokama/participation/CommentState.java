package uz.muhokama.participation;

/** Where a comment stands: shown, withdrawn by its author, or hidden by a moderator. */
public enum CommentState {
    VISIBLE,
    WITHDRAWN,
    HIDDEN
}
