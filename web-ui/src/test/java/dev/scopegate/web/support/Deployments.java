package dev.scopegate.web.support;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: the WAR that the build produced, exactly as an
 * operator would deploy it, plus what a test adds to it.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The packaged Scopegate WAR. */
    public static WebArchive scopegate() {
        File war = new File(System.getProperty("scopegate.war", "target/scopegate.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The WAR with the test authenticator, which grants the scopes named in its credentials. */
    public static WebArchive scopegateWithTestAuthenticator() {
        return scopegate().addClass(TestAuthenticator.class);
    }

    /**
     * Configuration that outranks the WAR's own defaults, as a library with its own
     * {@code microprofile-config.properties}.
     */
    public static JavaArchive configuration(Map<String, String> properties) {
        String text = "config_ordinal=200\n" + properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
        return ShrinkWrap.create(JavaArchive.class, "test-configuration.jar")
                .addAsManifestResource(new StringAsset(text), "microprofile-config.properties");
    }
}
