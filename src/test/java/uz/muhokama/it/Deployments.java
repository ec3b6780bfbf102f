package uz.muhokama.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Every integration test deploys the real WAR the build just packaged, with all its libraries. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/muhokama.war"));
    }
}
