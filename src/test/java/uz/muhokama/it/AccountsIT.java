package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.muhokama.it.Accounts.STRONG_PASSWORD;
import static uz.muhokama.it.Accounts.registration;
import static uz.muhokama.it.Accounts.uniqueEmail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Citizens register and sign in; administrators grant roles; the API refuses everyone else politely. */
class AccountsIT extends PortalIntegration {

    @AfterEach
    void resetClock() {
        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": 0}");
    }

    @Test
    void aCitizenRegistersSignsInAndSeesTheirAccountWithTheCitizenRole() {
        String email = uniqueEmail("aziza");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts",
                registration(email.toUpperCase(), STRONG_PASSWORD, "Aziza Karimova", "UZ-SA", "ru"));
        assertEquals(201, registered.status(), registered::toString);
        assertTrue(registered.header("Location").orElse("").contains("/api/v1/accounts/"));
        assertFalse(registered.body().contains("password"), "never echo the password or its hash");

        String token = Accounts.signIn(http, email, STRONG_PASSWORD);
        Http.Reply me = http.get("/api/v1/me", "Authorization", Http.bearer(token));
        assertEquals(200, me.status(), me::toString);
        JsonObject account = me.json();
        assertEquals(email, account.getString("email"), "e-mail is stored in lower case");
        assertEquals("Aziza Karimova", account.getString("fullName"));
        assertEquals("UZ-SA", account.getJsonObject("region").getString("code"));
        assertEquals("ru", account.getString("language"));
        assertEquals(List.of("CITIZEN"), roles(account));
    }

    @Test
    void registeringATakenEmailIsAConflictInTheCallersLanguage() {
        Accounts.SignedIn existing = Accounts.newCitizen(http);
        for (Map.Entry<String, String> expected : Map.of(
                        "uz", "allaqachon mavjud", "ru", "уже существует", "en", "already exists")
                .entrySet()) {
            Http.Reply reply = http.postJson(
                    "/api/v1/accounts",
                    registration(existing.email(), STRONG_PASSWORD, "Someone Else", "UZ-TK", "uz"),
                    "Accept-Language",
                    expected.getKey());
            assertEquals(409, reply.status(), reply::toString);
            assertTrue(reply.contentType().startsWith("application/problem+json"));
            assertEquals("account.email.taken", reply.json().getString("code"));
            assertTrue(reply.json().getString("detail").contains(expected.getValue()), reply::toString);
        }
    }

    @Test
    void aWeakPasswordAndOtherBadFieldsAreListedFieldByFieldAndNothingIsCreated() {
        String email = uniqueEmail("weak");
        Http.Reply reply = http.postJson("/api/v1/accounts?lang=en", registration(email, "short", "", "UZ-XX", "fr"));
        assertEquals(400, reply.status(), reply::toString);
        JsonObject problem = reply.json();
        assertEquals("problem.invalid-input", problem.getString("code"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("fullName", "language", "password", "region"), fields);
        assertTrue(reply.body().contains("at least 10 characters"), reply::toString);

        Http.Reply signIn =
                http.postJson("/api/v1/tokens", "{\"email\": \"%s\", \"password\": \"short\"}".formatted(email));
        assertEquals(401, signIn.status(), "the rejected registration created no account");
    }

    @Test
    void aPasswordThatIsAllLettersOrTheEmailItselfIsRefused() {
        String email = uniqueEmail("letters");
        Http.Reply lettersOnly =
                http.postJson("/api/v1/accounts", registration(email, "onlylettershere", "Ali Valiyev", "UZ-TK", "uz"));
        assertEquals(400, lettersOnly.status());
        assertEquals(
                "password",
                lettersOnly.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String local = email.substring(0, email.indexOf('@'));
        Http.Reply containsEmail =
                http.postJson("/api/v1/accounts", registration(email, local + "-1", "Ali Valiyev", "UZ-TK", "uz"));
        assertEquals(400, containsEmail.status(), containsEmail::toString);
    }

    @Test
    void aWrongPasswordIs401AndAnUnknownEmailLooksTheSame() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Http.Reply wrong = http.postJson(
                "/api/v1/tokens?lang=en",
                "{\"email\": \"%s\", \"password\": \"not-the-password-1\"}".formatted(citizen.email()));
        Http.Reply unknown = http.postJson(
                "/api/v1/tokens?lang=en",
                "{\"email\": \"%s\", \"password\": \"not-the-password-1\"}".formatted(uniqueEmail("nobody")));
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
    }

    @Test
    void withoutAValidTokenMeIs401() {
        assertEquals(401, http.get("/api/v1/me").status());
        Http.Reply forged = http.get("/api/v1/me", "Authorization", "Bearer forged-token-value");
        assertEquals(401, forged.status());
        assertEquals("application/problem+json", forged.contentType().split(";")[0]);
    }

    @Test
    void signingOutEndsTheTokenEverywhere() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        assertEquals(
                200, http.get("/api/v1/me", "Authorization", citizen.bearer()).status());
        assertEquals(
                204,
                http.delete("/api/v1/tokens/current", "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                401, http.get("/api/v1/me", "Authorization", citizen.bearer()).status());
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedEvenForTheRightOneUntilTheLockExpires() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String wrong = "{\"email\": \"%s\", \"password\": \"guessing-123\"}".formatted(citizen.email());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.postJson("/api/v1/tokens", wrong).status(), "attempt " + attempt);
        }
        String right = "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(citizen.email(), citizen.password());
        Http.Reply locked = http.postJson("/api/v1/tokens?lang=en", right);
        assertEquals(429, locked.status(), locked::toString);
        assertEquals("account.sign-in.locked", locked.json().getString("code"));

        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": %d}".formatted(16 * 60));
        assertEquals(201, http.postJson("/api/v1/tokens", right).status(), "the lock expires after 15 minutes");
    }

    @Test
    void anApiTokenExpiresAfterItsLifetime() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": %d}".formatted(31L * 24 * 3600));
        assertEquals(
                401, http.get("/api/v1/me", "Authorization", citizen.bearer()).status());
    }

    @Test
    void theHourlyPurgeDeletesExpiredTokensOnceAndKeepsLiveOnes() {
        Accounts.SignedIn lastMonth = Accounts.newCitizen(http);
        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": %d}".formatted(31L * 24 * 3600));
        Accounts.SignedIn today = Accounts.newCitizen(http);

        Http.Reply purge = http.postJson("/api/v1/test/jobs/tokens", "{}");
        assertEquals(200, purge.status(), purge::toString);
        assertTrue(purge.json().getInt("deleted") >= 1, purge::toString);
        assertEquals(
                0,
                http.postJson("/api/v1/test/jobs/tokens", "{}").json().getInt("deleted"),
                "a second run finds nothing left to delete");
        assertEquals(
                200, http.get("/api/v1/me", "Authorization", today.bearer()).status(), "a live token is kept");

        // Back at the time it was still valid, the old token opens nothing: its row is gone.
        http.putJson("/api/v1/test/clock", "{\"offsetSeconds\": 0}");
        assertEquals(
                401, http.get("/api/v1/me", "Authorization", lastMonth.bearer()).status());
        assertEquals(
                200,
                http.get(
                                "/api/v1/me",
                                "Authorization",
                                Accounts.newCitizen(http).bearer())
                        .status());
    }

    @Test
    void anAdministratorMakesACitizenAnExpertAndAnAgencyEditorBoundToOneAgency() {
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);

        Http.Reply expert = http.putJson(
                "/api/v1/accounts/" + citizen.id() + "/roles",
                "{\"roles\": [\"EXPERT\"]}",
                "Authorization",
                admin.bearer());
        assertEquals(200, expert.status(), expert::toString);
        assertEquals(
                List.of("CITIZEN", "EXPERT"),
                roles(http.get("/api/v1/me", "Authorization", citizen.bearer()).json()));

        Http.Reply editor = http.putJson(
                "/api/v1/accounts/" + citizen.id() + "/roles?lang=en",
                "{\"roles\": [\"AGENCY\"], \"agency\": \"ministry-of-justice\"}",
                "Authorization",
                admin.bearer());
        assertEquals(200, editor.status(), editor::toString);
        JsonObject me =
                http.get("/api/v1/me", "Authorization", citizen.bearer()).json();
        assertEquals(List.of("AGENCY", "CITIZEN"), roles(me), "EXPERT was revoked, CITIZEN always stays");
        assertEquals("ministry-of-justice", me.getJsonObject("agency").getString("code"));
    }

    @Test
    void anAgencyRoleWithoutExactlyOneKnownAgencyIsRefused() {
        Accounts.SignedIn admin = Accounts.demoAdmin(http);
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String path = "/api/v1/accounts/" + citizen.id() + "/roles";
        Http.Reply noAgency = http.putJson(path, "{\"roles\": [\"AGENCY\"]}", "Authorization", admin.bearer());
        assertEquals(400, noAgency.status(), noAgency::toString);
        assertEquals(
                "agency",
                noAgency.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply unknownAgency = http.putJson(
                path, "{\"roles\": [\"AGENCY\"], \"agency\": \"ministry-of-magic\"}", "Authorization", admin.bearer());
        assertEquals(400, unknownAgency.status());

        Http.Reply unknownRole = http.putJson(path, "{\"roles\": [\"KING\"]}", "Authorization", admin.bearer());
        assertEquals(400, unknownRole.status());
        assertEquals(
                List.of("CITIZEN"),
                roles(http.get("/api/v1/me", "Authorization", citizen.bearer()).json()));
    }

    @Test
    void onlyAnAdministratorGrantsRoles() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);
        String path = "/api/v1/accounts/" + other.id() + "/roles";
        Http.Reply byCitizen = http.putJson(
                path, "{\"roles\": [\"ADMIN\"]}", "Authorization", citizen.bearer(), "Accept-Language", "uz");
        assertEquals(403, byCitizen.status(), byCitizen::toString);
        assertEquals("Ruxsat yoʻq", byCitizen.json().getString("title"));
        assertEquals(401, http.putJson(path, "{\"roles\": [\"ADMIN\"]}").status());
        Http.Reply selfPromotion = http.putJson(
                "/api/v1/accounts/" + citizen.id() + "/roles",
                "{\"roles\": [\"ADMIN\"]}",
                "Authorization",
                citizen.bearer());
        assertEquals(403, selfPromotion.status());
    }

    @Test
    void anAccountIsVisibleToItsOwnerAndAdministratorsOnly() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        Accounts.SignedIn other = Accounts.newCitizen(http);
        assertEquals(
                200,
                http.get("/api/v1/accounts/" + citizen.id(), "Authorization", citizen.bearer())
                        .status());
        assertEquals(
                404,
                http.get("/api/v1/accounts/" + citizen.id(), "Authorization", other.bearer())
                        .status());
        assertEquals(
                200,
                http.get(
                                "/api/v1/accounts/" + citizen.id(),
                                "Authorization",
                                Accounts.demoAdmin(http).bearer())
                        .status());
    }

    @Test
    void theDemoAccountsExistWithTheirRoles() {
        for (Map.Entry<String, String> demo : Map.of(
                        "moderator@demo.muhokama.uz",
                        "MODERATOR",
                        "expert@demo.muhokama.uz",
                        "EXPERT",
                        "editor@demo.muhokama.uz",
                        "AGENCY",
                        "citizen@demo.muhokama.uz",
                        "CITIZEN")
                .entrySet()) {
            String token = Accounts.signIn(http, demo.getKey(), Accounts.DEMO_PASSWORD);
            JsonObject me =
                    http.get("/api/v1/me", "Authorization", Http.bearer(token)).json();
            assertTrue(roles(me).contains(demo.getValue()), demo.getKey() + " " + me);
        }
    }

    // --- the same stories through the pages (HTML forms, cookies, CSRF) ---

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndCreatesNothing() {
        String email = uniqueEmail("csrf");
        Http.Reply reply = http.postForm(
                "/register?lang=en",
                Map.of(
                        "email",
                        email,
                        "password",
                        STRONG_PASSWORD,
                        "fullName",
                        "Forged Form",
                        "region",
                        "UZ-TK",
                        "language",
                        "en"));
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.body().contains("This form has expired"), reply.body());
        assertEquals(
                401,
                http.postJson(
                                "/api/v1/tokens",
                                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, STRONG_PASSWORD))
                        .status());
    }

    @Test
    void aRejectedRegistrationFormComesBackFilledInWithEscapedValuesAndMessages() {
        Http.Reply form = http.get("/register?lang=en");
        String csrf = form.cookieValue("muhokama_csrf").orElseThrow();
        Http.Reply reply = http.postForm(
                "/register",
                Map.of(
                        "_csrf",
                        csrf,
                        "email",
                        "not-an-email",
                        "password",
                        "x",
                        "fullName",
                        "<script>alert(1)</script>",
                        "region",
                        "UZ-TK",
                        "language",
                        "en"),
                "Cookie",
                "muhokama_csrf=" + csrf + "; muhokama_lang=en");
        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "user text is escaped");
        assertFalse(reply.body().contains("<script>alert(1)</script>"));
        assertTrue(reply.body().contains("Enter a valid e-mail address"), reply.body());
        assertTrue(reply.body().contains("aria-invalid=\"true\""));
        assertFalse(reply.body().contains("value=\"x\""), "the password is never sent back");
    }

    @Test
    void registeringOnThePageSignsInWithASecureSessionCookieAndSigningOutEndsIt() {
        Http.Reply form = http.get("/register");
        String csrf = form.cookieValue("muhokama_csrf").orElseThrow();
        assertTrue(form.setCookie("muhokama_csrf").orElseThrow().contains("HttpOnly"));
        String email = uniqueEmail("page");
        Http.Reply registered = http.postForm(
                "/register",
                Map.of(
                        "_csrf",
                        csrf,
                        "email",
                        email,
                        "password",
                        STRONG_PASSWORD,
                        "fullName",
                        "Bobur Aliyev",
                        "region",
                        "UZ-FA",
                        "language",
                        "uz"),
                "Cookie",
                "muhokama_csrf=" + csrf);
        assertEquals(303, registered.status(), registered::toString);
        String sessionCookie = registered.setCookie("muhokama_session").orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Lax"), sessionCookie);
        String session = registered.cookieValue("muhokama_session").orElseThrow();
        String cookies = "muhokama_csrf=" + csrf + "; muhokama_session=" + session;

        Http.Reply profile = http.get("/me?lang=en", "Cookie", cookies);
        assertEquals(200, profile.status());
        assertTrue(profile.body().contains("Bobur Aliyev"));
        assertTrue(profile.body().contains(email));

        assertEquals(
                401,
                http.get("/api/v1/me", "Authorization", Http.bearer(session)).status(),
                "a browser session cookie is not an API token");

        Http.Reply signedOut = http.postForm("/sign-out", Map.of("_csrf", csrf), "Cookie", cookies);
        assertEquals(303, signedOut.status());
        assertEquals(303, http.get("/me", "Cookie", cookies).status(), "the old cookie no longer signs in");
    }

    @Test
    void aWrongPasswordOnTheSignInPageShowsTheFormAgainWith401() {
        Http.Reply form = http.get("/sign-in?lang=ru");
        String csrf = form.cookieValue("muhokama_csrf").orElseThrow();
        Http.Reply reply = http.postForm(
                "/sign-in",
                Map.of(
                        "_csrf",
                        csrf,
                        "email",
                        "nobody@example.uz",
                        "password",
                        "whatever-123",
                        "next",
                        "https://evil.example/"),
                "Cookie",
                "muhokama_csrf=" + csrf + "; muhokama_lang=ru");
        assertEquals(401, reply.status());
        assertTrue(reply.body().contains("Неверный адрес электронной почты или пароль"), reply.body());
        assertFalse(reply.body().contains("evil.example"), "only local paths are kept as the next page");
    }

    @Test
    void signingInOnThePageGoesToTheRequestedLocalPageOnly() {
        Accounts.SignedIn citizen = Accounts.newCitizen(http);
        String csrf = http.get("/sign-in").cookieValue("muhokama_csrf").orElseThrow();
        Http.Reply local = http.postForm(
                "/sign-in",
                Map.of("_csrf", csrf, "email", citizen.email(), "password", citizen.password(), "next", "/me"),
                "Cookie",
                "muhokama_csrf=" + csrf);
        assertEquals(303, local.status());
        assertTrue(local.header("Location").orElse("").endsWith("/me"));
        Http.Reply foreign = http.postForm(
                "/sign-in",
                Map.of(
                        "_csrf",
                        csrf,
                        "email",
                        citizen.email(),
                        "password",
                        citizen.password(),
                        "next",
                        "//evil.example/"),
                "Cookie",
                "muhokama_csrf=" + csrf);
        assertEquals(303, foreign.status());
        assertFalse(
                foreign.header("Location").orElse("").contains("evil"),
                foreign.header("Location").orElse(""));
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .sorted()
                .toList();
    }
}
