package uz.muhokama.account;

/** E-mail and password, as typed at sign-in. */
public record Credentials(String email, String password) {}
