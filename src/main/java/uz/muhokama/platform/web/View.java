package uz.muhokama.platform.web;

import java.util.HashMap;
import java.util.Map;

/** A page to render: a Thymeleaf template under {@code templates/} and the values it shows. */
public record View(String template, Map<String, Object> model) {

    public View {
        model = Map.copyOf(model);
    }

    public static View of(String template) {
        return new View(template, Map.of());
    }

    /** A copy with one more value; null values are left out (templates test for absence). */
    public View with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> copy = new HashMap<>(model);
        copy.put(name, value);
        return new View(template, copy);
    }
}
