package uz.muhokama.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart worked out on the server, drawn by the page as inline SVG: no script and no
 * inline style (the content security policy allows neither), colours from the stylesheet, so the
 * display themes apply. The same numbers stand in the table beside it for screen readers, so the
 * chart itself is one image with a title.
 */
public record BarChart(String title, List<Bar> bars, int height) {

    static final int WIDTH = 800;
    static final int LABEL_WIDTH = 300;
    static final int BAR_SPACE = 400;
    static final int ROW = 26;

    /** One bar: its label, its value as shown, where it stands and how long it is (in SVG units). */
    public record Bar(String label, String value, int y, int textY, double length, double valueX) {}

    static BarChart of(String title, List<String> labels, List<Number> values) {
        double max = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Number::doubleValue)
                .max()
                .orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Number value = values.get(i);
            double v = value == null ? 0 : value.doubleValue();
            double length = max <= 0 ? 0 : Math.max(v > 0 ? 1 : 0, Math.round(v / max * BAR_SPACE * 10) / 10.0);
            int y = 4 + i * ROW;
            bars.add(new Bar(
                    labels.get(i), value == null ? "—" : format(value), y, y + 17, length, LABEL_WIDTH + length + 6));
        }
        return new BarChart(title, bars, 8 + labels.size() * ROW);
    }

    private static String format(Number value) {
        return value instanceof Double d ? String.valueOf(d) : String.valueOf(value.longValue());
    }

    /** The SVG's viewBox: the whole chart, scaled to the width of the page. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    public int labelEnd() {
        return LABEL_WIDTH - 8;
    }

    public int barStart() {
        return LABEL_WIDTH;
    }
}
