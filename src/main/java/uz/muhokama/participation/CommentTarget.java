package uz.muhokama.participation;

/** The clause a comment is about: its stable key, the number readers cite, and a digest of its text then. */
record CommentTarget(String clauseKey, String clauseNumber, String digest) {}
