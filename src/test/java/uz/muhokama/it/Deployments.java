package uz.muhokama.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Every integration test deploys the real WAR the build just packaged, with all its libraries, plus the test
 * hooks: target/muhokama-test.war (pom.xml's test-war step, uz.muhokama.testkit). It keeps the production
 * WAR's name, so the server sees the same application either way.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "muhokama.war")
                .importFrom(new File("target/muhokama-test.war"))
                .as(WebArchive.class);
    }
}
