package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DisplayLinkEncodingTest {

    @Test
    void aPlainSettingValueIsUsedAsItIs() {
        assertEquals("larger", PageContext.encode("larger"));
        assertEquals("high-contrast", PageContext.encode("high-contrast"));
    }

    @Test
    void anythingElseIsEncodedExactlyAsTheJdkEncoderDoes() {
        for (String value :
                new String[] {"/drafts/ID-100001?sort=newest&page=2", "toʻgʻrisida", "a b+c", "<script>", "", "x=y#z"
                }) {
            assertEquals(URLEncoder.encode(value, StandardCharsets.UTF_8), PageContext.encode(value), value);
        }
    }
}
