package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConditionalReadsTest {

    @Conditional(maxAge = 300)
    void referenceList() {}

    @Conditional(maxAge = 10, visibility = Conditional.Visibility.PER_CALLER)
    void draft() {}

    @Conditional(visibility = Conditional.Visibility.PER_CALLER)
    void comments() {}

    @Conditional(byLanguage = false)
    void counts() {}

    private static Conditional rules(String method) throws NoSuchMethodException {
        return ConditionalReadsTest.class.getDeclaredMethod(method).getAnnotation(Conditional.class);
    }

    @Test
    void whatIsTheSameForEveryoneIsPublicEvenToASignedInCaller() throws Exception {
        assertEquals("public, max-age=300", ConditionalReads.cacheControl(rules("referenceList"), false));
        assertEquals("public, max-age=300", ConditionalReads.cacheControl(rules("referenceList"), true));
    }

    @Test
    void whatDiffersByCallerIsPrivateToASignedInCallerAndPublicToAnyoneElse() throws Exception {
        assertEquals("public, max-age=10", ConditionalReads.cacheControl(rules("draft"), false));
        assertEquals("private, max-age=10", ConditionalReads.cacheControl(rules("draft"), true));
    }

    @Test
    void noMaxAgeMeansRevalidateEveryTime() throws Exception {
        assertEquals("private, no-cache", ConditionalReads.cacheControl(rules("comments"), true));
        assertEquals("public, no-cache", ConditionalReads.cacheControl(rules("counts"), false));
    }

    @Test
    void theLanguageVariesByItsHeadersUnlessTheAddressChoseIt() throws Exception {
        assertEquals("Accept-Language, Cookie", ConditionalReads.vary(null, rules("referenceList"), true));
        assertNull(ConditionalReads.vary(null, rules("referenceList"), false));
        assertEquals("Accept-Language, Cookie, Authorization", ConditionalReads.vary(null, rules("draft"), true));
        assertEquals("Authorization", ConditionalReads.vary(null, rules("draft"), false));
    }

    @Test
    void whatTheResourceAlreadyVariedByIsKeptOnce() throws Exception {
        assertEquals(
                "Origin, Accept-Language, Cookie",
                ConditionalReads.vary("Origin, Accept-Language", rules("referenceList"), true));
    }
}
