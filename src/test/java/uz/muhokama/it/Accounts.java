package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

/** Named fixtures for the people in our stories. Every test makes its own, so tests share no state. */
public final class Accounts {

    public static final String DEMO_PASSWORD = "Muhokama-2026";
    public static final String DEMO_ADMIN = "admin@demo.muhokama.uz";
    public static final String STRONG_PASSWORD = "Tashkent-bahor-2026";

    private Accounts() {}

    /** A person who signed in through the API. */
    public record SignedIn(long id, String email, String password, String token) {

        public String bearer() {
            return Http.bearer(token);
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.uz";
    }

    public static String registration(String email, String password, String fullName, String region, String language) {
        return """
                {"email": "%s", "password": "%s", "fullName": "%s", "region": "%s", "language": "%s"}""".formatted(email, password, fullName, region, language);
    }

    /** A freshly registered citizen of Samarkand, signed in. */
    public static SignedIn newCitizen(Http http) {
        String email = uniqueEmail("citizen");
        Http.Reply registered = http.postJson(
                "/api/v1/accounts", registration(email, STRONG_PASSWORD, "Aziza Karimova", "UZ-SA", "uz"));
        assertEquals(201, registered.status(), registered::toString);
        long id = registered.json().getJsonNumber("id").longValue();
        return new SignedIn(id, email, STRONG_PASSWORD, signIn(http, email, STRONG_PASSWORD));
    }

    public static SignedIn demoAdmin(Http http) {
        String token = signIn(http, DEMO_ADMIN, DEMO_PASSWORD);
        long id = http.get("/api/v1/me", "Authorization", Http.bearer(token))
                .json()
                .getJsonNumber("id")
                .longValue();
        return new SignedIn(id, DEMO_ADMIN, DEMO_PASSWORD, token);
    }

    /** A browser-like session for pages: the cookies to send and the CSRF token for forms. */
    public record PageSession(String cookies, String csrf) {}

    public static PageSession signInOnPage(Http http, String email, String password) {
        String csrf = http.get("/sign-in").cookieValue("muhokama_csrf").orElseThrow();
        Http.Reply signedIn = http.postForm(
                "/sign-in",
                Map.of("_csrf", csrf, "email", email, "password", password),
                "Cookie",
                "muhokama_csrf=" + csrf);
        assertEquals(303, signedIn.status(), signedIn::toString);
        String session = signedIn.cookieValue("muhokama_session").orElseThrow();
        return new PageSession("muhokama_csrf=" + csrf + "; muhokama_session=" + session + "; muhokama_lang=en", csrf);
    }

    public static SignedIn demoModerator(Http http) {
        String email = "moderator@demo.muhokama.uz";
        String token = signIn(http, email, DEMO_PASSWORD);
        long id = http.get("/api/v1/me", "Authorization", Http.bearer(token))
                .json()
                .getJsonNumber("id")
                .longValue();
        return new SignedIn(id, email, DEMO_PASSWORD, token);
    }

    /** A freshly registered person whom the administrator made an editor of the given agency. */
    public static SignedIn newEditor(Http http, String agency) {
        SignedIn person = newCitizen(http);
        SignedIn admin = demoAdmin(http);
        Http.Reply granted = http.putJson(
                "/api/v1/accounts/" + person.id() + "/roles",
                "{\"roles\": [\"AGENCY\"], \"agency\": \"%s\"}".formatted(agency),
                "Authorization",
                admin.bearer());
        assertEquals(200, granted.status(), granted::toString);
        return person;
    }

    public static String signIn(Http http, String email, String password) {
        Http.Reply reply =
                http.postJson("/api/v1/tokens", "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("token");
    }
}
