package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.TokenAuthenticationMechanism;
import uz.muhokama.platform.security.TokenKind;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.CookiePolicy;
import uz.muhokama.platform.web.Cookies;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.SafeRedirects;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The account pages: register, sign in, sign out, profile. Plain HTML forms; a rejected form comes
 * back filled in (never the password) with a message beside each field.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIns;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentLanguage language;

    @Inject
    CurrentCaller caller;

    @Inject
    Messages messages;

    @Inject
    CookiePolicy cookies;

    @Context
    HttpServletRequest request;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    @Any
    Instance<ProfileSection> sections;

    @GET
    @Path("register")
    @Operation(hidden = true)
    public View registerForm() {
        return registerView(Map.of("language", language.get().tag()), null);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response register(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("fullName") String fullName,
            @FormParam("region") String region,
            @FormParam("language") String preferredLanguage) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", nullToEmpty(email));
        form.put("fullName", nullToEmpty(fullName));
        form.put("region", nullToEmpty(region));
        form.put("language", nullToEmpty(preferredLanguage));
        try {
            accounts.register(new NewAccount(email, password, fullName, region, preferredLanguage));
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(registerView(form, rejected))
                    .build();
        }
        IssuedToken session = signIns.signIn(new Credentials(email, password), TokenKind.SESSION);
        return signedInRedirect(session, "/me?welcome");
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public View signInForm(@QueryParam("next") String next) {
        return signInView("", next, null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(
            @FormParam("email") String email, @FormParam("password") String password, @FormParam("next") String next) {
        try {
            IssuedToken session = signIns.signIn(new Credentials(email, password), TokenKind.SESSION);
            return signedInRedirect(session, SafeRedirects.localPathOr(next, "/me"));
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(signInView(nullToEmpty(email), next, rejected))
                    .build();
        }
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut() {
        Cookies.read(request, TokenAuthenticationMechanism.SESSION_COOKIE).ifPresent(signIns::signOut);
        return Response.seeOther(URI.create("/"))
                .header("Set-Cookie", cookies.clear(TokenAuthenticationMechanism.SESSION_COOKIE))
                .build();
    }

    @GET
    @Path("me")
    @Operation(hidden = true)
    public Response profile(@QueryParam("welcome") String welcome) {
        if (caller.get().isEmpty()) {
            return Response.seeOther(URI.create("/sign-in?next=%2Fme")).build();
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        long accountId = caller.require().accountId();
        for (ProfileSection section : sections) {
            Object model = section.model(accountId);
            if (model != null) {
                shown.put(section.name(), model);
            }
        }
        View page = View.of("account/me")
                .with("account", accounts.me(language.get()))
                .with("welcome", welcome != null)
                .with("sections", shown)
                .with("time", timeZone);
        return Response.ok(page).build();
    }

    private Response signedInRedirect(IssuedToken session, String target) {
        return Response.seeOther(URI.create(target))
                .header(
                        "Set-Cookie",
                        cookies.set(
                                TokenAuthenticationMechanism.SESSION_COOKIE, session.token(), signIns.sessionLength()))
                .build();
    }

    private View registerView(Map<String, String> form, AppException rejected) {
        Language lang = language.get();
        return View.of("account/register")
                .with("form", form)
                .with("regions", reference.list(ReferenceList.REGIONS, lang))
                .with("languages", Language.values())
                .with("passwordRule", messages.get(lang, "account.password.rule", accounts.passwordMinLength()))
                .with("errors", FormErrors.of(rejected, messages, lang).byField())
                .with("formError", FormErrors.of(rejected, messages, lang).summary());
    }

    private View signInView(String email, String next, AppException rejected) {
        Language lang = language.get();
        return View.of("account/sign-in")
                .with("email", email)
                .with("next", SafeRedirects.localPathOr(next, ""))
                .with("formError", FormErrors.of(rejected, messages, lang).summary());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
