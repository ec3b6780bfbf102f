package uz.muhokama.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request of a load: method, path with query, headers and an optional UTF-8 body. */
record Request(String method, String path, Map<String, String> headers, String body) {

    static Request get(String path) {
        return new Request("GET", path, Map.of(), null);
    }

    static Request postJson(String path, String json, String bearerToken) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (bearerToken != null) {
            headers.put("Authorization", "Bearer " + bearerToken);
        }
        return new Request("POST", path, headers, json);
    }

    /** The request as sent on the wire: head and body. */
    byte[] wire(String host, int port) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port)
                .append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] wire = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
        System.arraycopy(bytes, 0, wire, headBytes.length, bytes.length);
        return wire;
    }
}
