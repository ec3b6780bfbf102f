package uz.muhokama.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a signed-in person may do. Every account is a CITIZEN; an ADMIN grants the others. AGENCY is
 * always bound to exactly one drafting agency.
 */
public enum Role {
    CITIZEN,
    EXPERT,
    AGENCY,
    MODERATOR,
    ADMIN;

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }
}
