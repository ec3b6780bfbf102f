package uz.muhokama.participation;

/**
 * A comment as sent: its text, optionally the number of the clause it is about, optionally the id of
 * the comment it answers (a reply belongs to the thread and clause of the comment it answers).
 */
public record NewComment(String text, String clause, Long replyTo) {}
