package uz.muhokama.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes posted page forms strictly as UTF-8. The container replaces a byte sequence that is not UTF-8
 * with U+FFFD without a word, so a form could store text other than what was sent; here such a form is
 * refused with 400 (the container's error page, localized by {@link ContainerErrors}) before any page
 * reads it. A form that decodes is handed on with its fields parsed from the same bytes.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class StrictFormBodies implements Filter {

    /** Larger forms are left to the CSRF filter, which refuses them (413) without reading them. */
    private static final int MAX_BYTES = 1_048_576;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String type = request.getContentType();
        if (type == null
                || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")
                || request.getContentLengthLong() > MAX_BYTES) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body.length > MAX_BYTES
                || !parse(request.getQueryString(), fields)
                || !parse(new String(body, StandardCharsets.ISO_8859_1), fields)) {
            ((HttpServletResponse) res).sendError(body.length > MAX_BYTES ? 413 : 400);
            return;
        }
        chain.doFilter(new Decoded(request, body, fields), res);
    }

    /** Adds {@code a=b&c=d} to {@code fields}; false if a name or value is not UTF-8 once its escapes are undone. */
    static boolean parse(String encoded, Map<String, List<String>> fields) {
        if (encoded == null || encoded.isEmpty()) {
            return true;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            if (name == null || value == null) {
                return false;
            }
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return true;
    }

    /** Undoes {@code +} and {@code %XX}; null when the bytes are not UTF-8 or an escape is broken. */
    static String decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The request with its form already read: the fields from our strict parse, the body still readable. */
    static final class Decoded extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Decoded(HttpServletRequest request, byte[] body, Map<String, List<String>> fields) {
            super(request);
            this.body = body;
            fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
