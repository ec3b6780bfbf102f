package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uz.muhokama.platform.web.SafeRedirects;

class SafeRedirectsTest {

    @Test
    void localPathsAreFollowed() {
        assertEquals("/me", SafeRedirects.localPathOr("/me", "/"));
        assertEquals("/drafts?sector=energy", SafeRedirects.localPathOr("/drafts?sector=energy", "/"));
    }

    @Test
    void otherHostsAndTricksAreNot() {
        for (String attack : new String[] {
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/me\r\nSet-Cookie: x=y",
            "",
            null
        }) {
            assertEquals("/", SafeRedirects.localPathOr(attack, "/"), String.valueOf(attack));
        }
    }
}
