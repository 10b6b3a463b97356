package dev.scopegate.web.ui;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who signed in to this browser session, and the session's CSRF token, which every form that
 * changes something must send back.
 */
public record SignedInUser(UUID guid, String username, String csrfToken) implements Serializable {

    /** The session attribute under which the signed-in user is kept. */
    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    private static final long serialVersionUID = 1L;
}
