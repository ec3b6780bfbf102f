package uz.muhokama.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uz.muhokama.platform.error.FieldError;

/**
 * What makes a password acceptable: long enough, not all one kind of character, not the e-mail, not
 * one of the passwords every attacker tries first. Length matters most, so the bar is length first.
 */
final class PasswordPolicy {

    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password123",
            "qwerty123",
            "1234567890",
            "12345678910",
            "123456789a",
            "qwertyuiop",
            "iloveyou12",
            "uzbekistan",
            "tashkent123",
            "parol12345",
            "admin12345",
            "muhokama123");

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public List<FieldError> check(String password, String email) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "account.password.required"));
            return errors;
        }
        if (password.length() < minLength) {
            errors.add(new FieldError("password", "account.password.too-short", minLength));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError("password", "account.password.too-long", MAX_LENGTH));
        }
        boolean hasLetter = password.codePoints().anyMatch(Character::isLetter);
        boolean hasOther = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            errors.add(new FieldError("password", "account.password.one-kind"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart =
                email == null ? "" : email.trim().toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (COMMON.contains(lower) || (localPart.length() >= 4 && lower.contains(localPart))) {
            errors.add(new FieldError("password", "account.password.guessable"));
        }
        return errors;
    }
}
