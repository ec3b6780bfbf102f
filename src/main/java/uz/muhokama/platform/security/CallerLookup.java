package uz.muhokama.platform.security;

import java.util.Optional;

/**
 * Turns a presented token into the caller it belongs to. Implemented by the account feature; the
 * platform only knows this interface, so that it never depends on a feature.
 */
public interface CallerLookup {

    Optional<Caller> findByToken(String rawToken, TokenKind kind);
}
