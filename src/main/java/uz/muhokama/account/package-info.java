/**
 * Accounts: registration, roles, passwords (PBKDF2), sign-in with throttling, and the tokens that keep
 * a person signed in (browser sessions and API tokens, stored hashed in the database). API for other
 * features: {@link uz.muhokama.account.AccountService} and {@link uz.muhokama.account.AccountView}; it
 * implements the platform's {@link uz.muhokama.platform.security.CallerLookup}. Depends on
 * {@code reference} for regions and agencies. Publishes no events yet.
 */
package uz.muhokama.account;
