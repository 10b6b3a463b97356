package dev.scopegate.web.ui;

/** Where the admin UI lives below the application root. */
public final class UiPaths {

    public static final String ROOT = "ui";

    private UiPaths() {
    }

    /** Whether a JAX-RS path (relative, as {@code UriInfo.getPath()} gives it) is the UI's. */
    public static boolean isUi(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(ROOT) || relative.startsWith(ROOT + "/");
    }
}
