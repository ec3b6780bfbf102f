package uz.muhokama.platform.web;

import java.util.List;

/**
 * How the visitor wants pages drawn: font size and colour scheme. Kept in cookies and applied on the
 * server as classes on {@code <html>}, so they work without JavaScript and without a flash on load.
 */
public record DisplayPreferences(String font, String theme) {

    private static final String DEFAULT_FONT = "normal";
    private static final String DEFAULT_THEME = "standard";
    public static final List<String> FONTS = List.of("small", "normal", "large", "xlarge");
    public static final List<String> THEMES = List.of("standard", "contrast", "grayscale", "dark");
    public static final String FONT_COOKIE = "muhokama_font";
    public static final String THEME_COOKIE = "muhokama_theme";
    public static final DisplayPreferences DEFAULT = new DisplayPreferences(DEFAULT_FONT, DEFAULT_THEME);

    public DisplayPreferences {
        font = isFont(font) ? font : DEFAULT_FONT;
        theme = isTheme(theme) ? theme : DEFAULT_THEME;
    }

    public String htmlClasses() {
        return "font-" + font + " theme-" + theme;
    }

    public static boolean isFont(String value) {
        return value != null && FONTS.contains(value);
    }

    public static boolean isTheme(String value) {
        return value != null && THEMES.contains(value);
    }

    /** The next smaller or larger font size, staying within the list. */
    public String fontStep(int step) {
        int index = Math.max(0, Math.min(FONTS.size() - 1, FONTS.indexOf(font) + step));
        return FONTS.get(index);
    }

    public String smallerFont() {
        return fontStep(-1);
    }

    public String largerFont() {
        return fontStep(1);
    }
}
