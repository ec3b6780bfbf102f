package uz.muhokama.bench.load;

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
}
