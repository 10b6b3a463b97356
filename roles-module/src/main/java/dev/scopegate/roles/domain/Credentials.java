package dev.scopegate.roles.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a username and a password acceptable; each check answers with the reason. */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

    private Credentials() {
    }

    /** Why the username is unacceptable, or empty when it is fine. */
    public static Optional<String> usernameProblem(String username) {
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("must be 2 to 100 letters, digits, '.', '_', '@' or '-',"
                    + " starting with a letter or digit");
        }
        return Optional.empty();
    }

    /** Why the password is unacceptable, or empty when it is fine. */
    public static Optional<String> passwordProblem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            return Optional.of("must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            return Optional.of("must be at most " + MAX_PASSWORD_LENGTH + " characters long");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }
}
