package uz.muhokama.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.muhokama.platform.error.PlainText;

/** A registration, from the page form or {@code POST /api/v1/accounts}. */
public record NewAccount(
        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}")
        String email,

        String password,

        @NotBlank(message = "{account.full-name.required}")
        @Size(max = 200, message = "{account.full-name.too-long}")
        @PlainText
        String fullName,

        @NotBlank(message = "{account.region.required}") @PlainText
        String region,

        @NotBlank(message = "{account.language.required}")
        @Pattern(
                regexp = "uz|uz-Cyrl|ru|en",
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{account.language.invalid}")
        @PlainText
        String language) {}
