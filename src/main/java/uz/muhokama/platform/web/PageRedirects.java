package uz.muhokama.platform.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Post/redirect/get for page forms, and the detour through the sign-in page. */
public final class PageRedirects {

    private PageRedirects() {}

    public static Response seeOther(String localPath) {
        return Response.seeOther(URI.create(localPath)).build();
    }

    /** To the sign-in page, which comes back to {@code here} afterwards. */
    public static Response signInFirst(String here) {
        return seeOther("/sign-in?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }
}
