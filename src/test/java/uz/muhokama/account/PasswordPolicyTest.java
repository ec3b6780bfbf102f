package uz.muhokama.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.FieldError;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    private List<String> problems(String password, String email) {
        return policy.check(password, email).stream()
                .map(FieldError::messageKey)
                .toList();
    }

    @Test
    void aLongMixedPasswordPasses() {
        assertTrue(problems("Tashkent-bahor-2026", "aziza@example.uz").isEmpty());
        assertTrue(problems("кириллица и 2 слова", "aziza@example.uz").isEmpty(), "any script counts as letters");
    }

    @Test
    void aShortPasswordSaysHowLongItMustBe() {
        List<FieldError> errors = policy.check("abc1", "a@b.uz");
        assertEquals("account.password.too-short", errors.get(0).messageKey());
        assertEquals(10, errors.get(0).args()[0]);
    }

    @Test
    void lettersOnlyOrDigitsOnlyAreRefused() {
        assertEquals(List.of("account.password.one-kind"), problems("abcdefghijkl", "a@b.uz"));
        assertEquals(List.of("account.password.one-kind"), problems("123456789012", "a@b.uz"));
    }

    @Test
    void commonPasswordsAndTheEmailAreRefused() {
        assertEquals(List.of("account.password.guessable"), problems("Password123", "a@b.uz"));
        assertEquals(List.of("account.password.guessable"), problems("aziza.karimova-1", "aziza.karimova@example.uz"));
    }

    @Test
    void aMissingOrHugePasswordIsRefused() {
        assertEquals(List.of("account.password.required"), problems(null, "a@b.uz"));
        assertTrue(problems("a1".repeat(100), "a@b.uz").contains("account.password.too-long"));
    }
}
