package uz.muhokama.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.i18n.Language;

/** The signed-in person behind a request, as far as authorization needs to know them. */
public record Caller(
        long accountId, String fullName, Set<Role> roles, String agencyCode, Language language, String regionCode) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The one agency an AGENCY account acts for, if it is one. */
    public Optional<String> agency() {
        return has(Role.AGENCY) ? Optional.ofNullable(agencyCode) : Optional.empty();
    }
}
