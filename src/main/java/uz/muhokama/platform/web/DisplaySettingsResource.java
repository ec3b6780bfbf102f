package uz.muhokama.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The accessibility controls: plain links that remember font size and colour scheme in cookies and
 * come back to the page, so they work on any phone, with or without JavaScript.
 */
@ApplicationScoped
@Path("settings/display")
public class DisplaySettingsResource {

    private static final Duration REMEMBER_FOR = Duration.ofDays(365);

    @Inject
    CookiePolicy cookies;

    @GET
    @Operation(hidden = true)
    public Response change(
            @QueryParam("font") String font, @QueryParam("theme") String theme, @QueryParam("return") String returnTo) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create(SafeRedirects.localPathOr(returnTo, "/")));
        if (DisplayPreferences.isFont(font)) {
            answer.header("Set-Cookie", cookies.set(DisplayPreferences.FONT_COOKIE, font, REMEMBER_FOR));
        }
        if (DisplayPreferences.isTheme(theme)) {
            answer.header("Set-Cookie", cookies.set(DisplayPreferences.THEME_COOKIE, theme, REMEMBER_FOR));
        }
        return answer.build();
    }
}
