package uz.muhokama.participation;

/** A comment left the public view: a moderator hid it or its author withdrew it. Fired in that transaction. */
public record CommentHidden(long draftId, long commentId) {}
