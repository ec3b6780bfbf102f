package uz.muhokama.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One JAX-RS application serves both doors: pages at the root, the versioned JSON API under /api/v1. */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Muhokama API",
                        version = "1",
                        description =
                                "Public discussion of draft normative legal acts. Errors are application/problem+json; "
                                        + "send Accept-Language or ?lang=uz|uz-Cyrl|ru|en for localized names and messages."),
        servers = @Server(url = "/", description = "The portal itself"),
        tags = {
            @Tag(name = "Accounts", description = "Registration, sign-in tokens, the caller's account, roles"),
            @Tag(
                    name = "Reference data",
                    description = "Sectors, act types, regions and agencies: public, in the four languages"),
            @Tag(name = "Drafts", description = "Drafts, their versions, discussion windows and attachments"),
            @Tag(name = "Participation", description = "Comments and votes on a draft under discussion"),
            @Tag(name = "Moderation", description = "Flags on comments and the moderators' work"),
            @Tag(name = "Surveys", description = "Questionnaires, answers, results and expert applications"),
            @Tag(name = "Regulatory impact assessment", description = "A draft's regulatory impact assessment"),
            @Tag(
                    name = "Reports",
                    description = "The report to the agency, its decisions on the proposals and the published summary"),
            @Tag(
                    name = "Statistics",
                    description =
                            "Participation by region, sector, agency and month for any period, as JSON, CSV and Excel"),
            @Tag(
                    name = "Open data",
                    description = "The nightly Frictionless data package and every resource streamed whole, CC BY 4.0"),
            @Tag(
                    name = "Notifications",
                    description = "What the caller follows, how often they hear of it, and their notifications")
        },
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = ApiDocs.BEARER,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        description =
                                                "A token from POST /api/v1/tokens, sent as Authorization: Bearer <token>. "
                                                        + "The pages' session cookie is not accepted by the API.")))
public class MuhokamaApplication extends Application {}
