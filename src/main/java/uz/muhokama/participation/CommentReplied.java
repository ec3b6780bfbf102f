package uz.muhokama.participation;

/**
 * Someone replied to a comment; fired inside the posting transaction. {@code parentAuthorId} is the
 * author of the comment answered (a reply's author when a reply was answered, although the stored
 * thread is one level deep).
 */
public record CommentReplied(long draftId, long replyId, long parentAuthorId, long replyAuthorId) {}
