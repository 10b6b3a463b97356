package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.BuiltInRole;
import dev.scopegate.roles.domain.Credentials;
import dev.scopegate.roles.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * On the first start with no users, creates {@code admin} with the Account administrator role.
 * Its password comes from {@value #PASSWORD_PROPERTY} ({@code SCOPEGATE_ADMIN_PASSWORD}); when
 * that is unset, one is generated and written to a file readable by its owner only, in the data
 * folder. The log says where, never the password itself: logs travel further than files.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_PROPERTY = "scopegate.admin.password";
    public static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    @Inject
    UserRepository users;

    @Inject
    UserService userService;

    @Inject
    Config config;

    @Transactional
    public void createAdministratorIfNoUsers() {
        if (users.countAll() > 0) {
            return;
        }
        Optional<String> configured = config.getOptionalValue(PASSWORD_PROPERTY, String.class)
                .filter(password -> !password.isEmpty());
        configured.flatMap(Credentials::passwordProblem).ifPresent(problem -> {
            throw new IllegalStateException("The configured admin password (" + PASSWORD_PROPERTY
                    + ") " + problem);
        });
        String password = configured.orElseGet(AdministratorBootstrap::generatePassword);

        userService.create(null, USERNAME, "Administrator", password, true,
                List.of(BuiltInRole.ACCOUNT_ADMINISTRATOR.guid()));

        if (configured.isPresent()) {
            LOG.info("Created user '" + USERNAME + "' with the configured password");
        } else {
            Path file = writePasswordFile(password);
            LOG.info("Created user '" + USERNAME + "' with a generated password, written to "
                    + file + ": sign in, change the password and delete that file");
        }
    }

    private Path writePasswordFile(String password) {
        Path folder = Path.of(config.getOptionalValue("scopegate.data.dir", String.class)
                .orElse("data")).toAbsolutePath().normalize();
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(),
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Can't write the generated admin password to " + file,
                    unwritable);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
