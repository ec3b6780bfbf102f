package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void aPageInUzbekRussianAndEnglishIsTheSameBytesAsStringGetBytes() {
        String page = "<p>Loyiha toʻgʻrisida — О проекте «закона» & draft: 😀 ✓</p>";
        Utf8Buffer buffer = new Utf8Buffer(4);
        buffer.write(page, 0, page.length());
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void anEmojiSplitAcrossTwoWritesIsStillOneCharacter() {
        String emoji = "😀";
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write(emoji.charAt(0));
        buffer.write(new char[] {emoji.charAt(1), 'x'}, 0, 2);
        assertArrayEquals((emoji + "x").getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void aLongPieceWithAnEmojiOnEveryBoundaryOfItsCopyIsStillOneCharacterEach() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 3000) {
            text.append("ab".repeat(255)).append('x').append("😀").append("toʻgʻri ");
        }
        String s = text.toString();
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write(s, 0, s.length());
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsInTheJdk() {
        String broken = "a\uD83Db\uDE00c\uD83D";
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.append(broken);
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void anyTextWrittenInAnyPiecesMatchesTheJdk() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                text.append((char)
                        switch (random.nextInt(5)) {
                            case 0 -> random.nextInt(0x80);
                            case 1 -> 0x80 + random.nextInt(0x780);
                            case 2 -> 0x800 + random.nextInt(0xD000);
                            case 3 -> 0xD800 + random.nextInt(0x800);
                            default -> 0xE000 + random.nextInt(0x2000);
                        });
            }
            String s = text.toString();
            Utf8Buffer buffer = new Utf8Buffer(1);
            int at = 0;
            while (at < s.length()) {
                int piece = Math.min(s.length() - at, 1 + random.nextInt(7));
                if (random.nextBoolean()) {
                    buffer.write(s, at, piece);
                } else {
                    buffer.write(s.toCharArray(), at, piece);
                }
                at += piece;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), s);
        }
    }
}
