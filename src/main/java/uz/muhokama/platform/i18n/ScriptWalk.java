package uz.muhokama.platform.i18n;

import java.util.regex.Pattern;

/**
 * Walks a text and hands each word of the source script to a direction of {@link UzbekScript}; everything else is
 * copied as it is: digits, punctuation, the other script, web and e-mail addresses, and in message mode the parts of
 * a bundle value that are not words ({@code {0}} placeholders, HTML tags and entities).
 */
abstract class ScriptWalk {

    /** Domain names that read as words otherwise ({@code lex.uz}, {@code regulation.gov.uz}). */
    private static final Pattern CHOICE = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,");

    private static final Pattern DOMAIN =
            Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(uz|com|org|net|ru|gov|edu|io|info|int|ly)(/\\S*)?");

    final String apply(String text, boolean message) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int skip = message ? markupEnd(text, i) : i;
            if (skip > i && CHOICE.matcher(text).region(i, skip).lookingAt()) {
                choice(text, i, skip, out);
                i = skip;
                continue;
            }
            if (skip == i && startsChunk(text, i)) {
                skip = addressEnd(text, i, message);
            }
            if (skip > i) {
                out.append(text, i, skip);
                i = skip;
            } else if (startsWord(c)) {
                int end = wordEnd(text, i, message);
                if (isIdentifier(text, i, end)) {
                    out.append(text, i, end);
                } else {
                    word(text, i, end, message, out);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A {@code {0,choice,0#none|1#one|1<{0} many}} placeholder: its limits are kept and its texts, which the reader
     * sees, are written in the other script.
     */
    private void choice(String text, int start, int end, StringBuilder out) {
        java.util.regex.Matcher head = CHOICE.matcher(text).region(start, end);
        head.lookingAt();
        out.append(text, start, head.end());
        int depth = 0;
        int part = head.end();
        for (int j = head.end(); j < end; j++) {
            char c = text.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == '|' || j == end - 1) && depth == 0) {
                choiceText(text.substring(part, j), out);
                out.append(c);
                part = j + 1;
            }
        }
    }

    private void choiceText(String option, StringBuilder out) {
        int mark = 0;
        while (mark < option.length() && "#<\u2264".indexOf(option.charAt(mark)) < 0) {
            mark++;
        }
        if (mark == option.length()) {
            out.append(option);
            return;
        }
        out.append(option, 0, mark + 1).append(apply(option.substring(mark + 1), true));
    }

    /** Whether a word of the source script starts with this character. */
    abstract boolean startsWord(char c);

    /** Where the word that starts at {@code start} ends. */
    abstract int wordEnd(String text, int start, boolean message);

    /** Writes the word {@code text[start, end)} in the other script. */
    abstract void word(String text, int start, int end, boolean message, StringBuilder out);

    /** A word joined to others by {@code _} is a code (SIGNED_IN), not text. */
    private static boolean isIdentifier(String text, int start, int end) {
        return (start > 0 && text.charAt(start - 1) == '_') || (end < text.length() && text.charAt(end) == '_');
    }

    /** The end of a placeholder, tag or entity at {@code i}, or {@code i} when there is none. */
    private static int markupEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '{') {
            int depth = 0;
            for (int j = i; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return j + 1;
                }
            }
            return text.length();
        }
        if (c == '<'
                && i + 1 < text.length()
                && (Character.isLetter(text.charAt(i + 1)) || "/!".indexOf(text.charAt(i + 1)) >= 0)) {
            int close = text.indexOf('>', i);
            return close < 0 ? i : close + 1;
        }
        if (c == '&') {
            int j = i + 1;
            while (j < text.length()
                    && j - i <= 10
                    && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) {
                j++;
            }
            return j < text.length() && j > i + 1 && text.charAt(j) == ';' ? j + 1 : i;
        }
        return i;
    }

    private static boolean startsChunk(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "(\"«„“<>[".indexOf(before) >= 0;
    }

    /** The end of a web or e-mail address or domain name starting at {@code i}, or {@code i}. */
    private static int addressEnd(String text, int i, boolean message) {
        int end = i;
        boolean marked = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || "<>\"«»()[]".indexOf(c) >= 0 || (message && c == '{')) {
                break;
            }
            marked |= c == '.' || c == '@' || c == ':';
            end++;
        }
        if (!marked) {
            return i;
        }
        while (end > i && ".,;:!?'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String chunk = text.substring(i, end);
        int at = chunk.indexOf('@');
        boolean address = chunk.contains("://")
                || chunk.regionMatches(true, 0, "www.", 0, 4)
                || chunk.regionMatches(true, 0, "mailto:", 0, 7)
                || (at > 0 && chunk.indexOf('.', at) > at + 1)
                || DOMAIN.matcher(chunk).matches();
        return address ? end : i;
    }
}
