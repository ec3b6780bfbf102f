package uz.muhokama.participation;

/** The new text of a comment its author edits. */
public record CommentEdit(String text) {}
