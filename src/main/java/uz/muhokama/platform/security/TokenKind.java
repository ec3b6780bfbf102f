package uz.muhokama.platform.security;

/** A browser session travels in a cookie; an API token in {@code Authorization: Bearer}. */
public enum TokenKind {
    SESSION,
    API
}
