package uz.muhokama.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** One JAX-RS application serves both doors: pages at the root, the versioned JSON API under /api/v1. */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Muhokama API", version = "1",
                description = "Public discussion of draft normative legal acts. Errors are application/problem+json; "
                        + "send Accept-Language or ?lang=uz|ru|en for localized names and messages."),
        servers = @Server(url = "/"))
public class MuhokamaApplication extends Application {}
