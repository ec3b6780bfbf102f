package uz.muhokama.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Role;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    private Account citizen() {
        return new Account("  Aziza@Example.UZ ", "hash", " Aziza Karimova ", "UZ-SA", Language.RU, now);
    }

    @Test
    void aNewAccountIsACitizenWithANormalizedEmail() {
        Account account = citizen();
        assertEquals("aziza@example.uz", account.email());
        assertEquals("Aziza Karimova", account.fullName());
        assertEquals(EnumSet.of(Role.CITIZEN), account.roles());
        assertEquals(Language.RU, account.language());
    }

    @Test
    void everyoneStaysACitizenWhateverRolesAreAssigned() {
        Account account = citizen();
        account.assignRoles(EnumSet.of(Role.EXPERT, Role.MODERATOR), null);
        assertEquals(EnumSet.of(Role.CITIZEN, Role.EXPERT, Role.MODERATOR), account.roles());
        account.assignRoles(EnumSet.noneOf(Role.class), null);
        assertEquals(EnumSet.of(Role.CITIZEN), account.roles());
    }

    @Test
    void anAgencyEditorIsBoundToExactlyOneAgency() {
        Account account = citizen();
        account.assignRoles(EnumSet.of(Role.AGENCY), "ministry-of-justice");
        assertEquals("ministry-of-justice", account.agencyCode());
        account.assignRoles(EnumSet.of(Role.EXPERT), null);
        assertNull(account.agencyCode(), "losing the AGENCY role unbinds the agency");
    }

    @Test
    void agencyRoleAndAgencyComeTogetherOrNotAtAll() {
        Account account = citizen();
        assertThrows(InvalidInput.class, () -> account.assignRoles(EnumSet.of(Role.AGENCY), null));
        assertThrows(InvalidInput.class, () -> account.assignRoles(EnumSet.of(Role.EXPERT), "ministry-of-justice"));
        assertEquals(EnumSet.of(Role.CITIZEN), account.roles(), "a refused assignment changes nothing");
    }

    @Test
    void aNewAccountIsNotLocked() {
        assertFalse(citizen().lockedAt(now));
    }
}
