package dev.scopegate.web.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Authorization header values for the tests. */
public final class Credentials {

    public static final String ADMIN_USERNAME = "admin";

    private Credentials() {
    }

    /** The bootstrap administrator of every test server. */
    public static String admin() {
        return basic(ADMIN_USERNAME, adminPassword());
    }

    public static String adminPassword() {
        return System.getProperty("scopegate.it.admin.password");
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A name no other test uses, so that tests share a database without meeting. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
