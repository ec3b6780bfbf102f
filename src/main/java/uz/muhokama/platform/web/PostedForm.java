package uz.muhokama.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of a posted HTML form, each with all its values (check boxes send one per box), read
 * from the servlet, which has parsed the body already: the CSRF filter reads the token through it, and
 * the raw stream is gone by the time a resource runs.
 */
public final class PostedForm {

    private PostedForm() {}

    public static Map<String, List<String>> fields(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, Arrays.asList(values)));
        return fields;
    }
}
