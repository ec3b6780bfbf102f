package uz.muhokama.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Messages with arguments read exactly as {@code MessageFormat} would write them, in every language. */
class MessagesTest {

    private static final String[] PATTERNS = {
        "Clause {0}", "{0} comments", "{1} of {0}", "Page {0} of {1}.", "{0}", "none", "{3}"
    };
    private static final Object[][] ARGUMENTS = {{"3"}, {5000}, {12L, 7}, {1, 1234567}, {null}, {}, {"a"}};

    @Test
    void plainPatternsFormatLikeMessageFormat() {
        for (Language language : Language.values()) {
            for (String pattern : PATTERNS) {
                for (Object[] args : ARGUMENTS) {
                    String plain = Messages.PlainPattern.parse(pattern)
                            .orElseThrow()
                            .format(args, NumberFormat.getInstance(language.locale()));
                    assertEquals(
                            new MessageFormat(pattern, language.locale()).format(args),
                            plain,
                            language + " " + pattern);
                }
            }
        }
    }

    @Test
    void quotesTypedPlaceholdersAndDatesAreLeftToMessageFormat() {
        assertTrue(Messages.PlainPattern.parse("It''s {0}").isEmpty());
        assertTrue(Messages.PlainPattern.parse("{0,number,#}").isEmpty());
        assertTrue(Messages.PlainPattern.parse("{0,choice,0#none|1#one}").isEmpty());
        assertEquals(
                null,
                Messages.PlainPattern.parse("{0}")
                        .orElseThrow()
                        .format(new Object[] {new Date(0)}, NumberFormat.getInstance()));
        Messages messages = new Messages();
        Date epoch = new Date(0);
        assertEquals(
                new MessageFormat("Clause {0}", Language.EN.locale()).format(new Object[] {epoch}),
                messages.get(Language.EN, "draft.clause-n", epoch));
        assertEquals("5,000 comments", messages.get(Language.EN, "comment.count", 5000), "choice formats still work");
    }

    @Test
    void cyrillicUzbekHasItsOwnBundleNotTheLatinOne() {
        ResourceBundle bundle = ResourceBundle.getBundle(
                Messages.BUNDLE,
                Language.UZ_CYRL.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(Language.UZ_CYRL.locale(), bundle.getLocale(), "messages_uz_Cyrl, not a fallback to messages_uz");

        Messages messages = new Messages();
        String cyrillic = messages.get(Language.UZ_CYRL, "nav.home");
        assertNotEquals(messages.get(Language.UZ, "nav.home"), cyrillic);
        assertTrue(UzbekScript.isCyrillic(cyrillic), cyrillic);
        assertTrue(messages.get(Language.UZ_CYRL, "draft.clause-n", "4").contains("4"));
    }

    @Test
    void theSameMessageReadsTheSameTwice() {
        Messages messages = new Messages();
        String first = messages.get(Language.RU, "draft.clause-n", "4");
        assertEquals(first, messages.get(Language.RU, "draft.clause-n", "4"));
        assertTrue(first.contains("4"), first);
    }
}
