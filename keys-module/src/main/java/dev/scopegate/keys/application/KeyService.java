package dev.scopegate.keys.application;

import dev.scopegate.keys.domain.ApiKey;
import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.keys.domain.Validity;
import dev.scopegate.keys.persistence.ApiKeyRepository;
import dev.scopegate.keys.persistence.ApiKeyRepository.KeyFilter;
import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.audit.AuditChanges;
import dev.scopegate.scopes.audit.AuditTrail;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.catalog.CatalogService.ScopeResolution;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Creating, changing, rotating and deleting API keys. A caller manages their own keys with
 * {@value #OWN_KEYS}; {@value #ALL_KEYS} manages everyone's. Keys never manage keys, and nobody
 * puts into a key, or takes the secret of, more than they hold themselves.
 */
@ApplicationScoped
@Transactional
public class KeyService {

    public static final String OWN_KEYS = "scopegate:own-keys:manage";
    public static final String ALL_KEYS = "scopegate:keys:manage";
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);
    public static final long MAX_GRACE_SECONDS = Duration.ofDays(30).toSeconds();

    @Inject
    ApiKeyRepository keys;

    @Inject
    UserAccounts accounts;

    @Inject
    CatalogService catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Event<KeyChanged> keyChanged;

    /** The keys the caller may see: everyone's for key administrators, else their own. */
    public Page<ApiKey> list(Caller caller, KeyFilter filter, PageRequest page) {
        KeyFilter visible = manageAll(caller) ? filter
                : new KeyFilter(Optional.of(caller.userGuid()), filter.enabled(),
                        filter.nameContains());
        return Page.of(keys.page(visible, page.offset(), page.size()), page, keys.count(visible));
    }

    public ApiKey get(Caller caller, String id) {
        return keys.findById(id)
                .filter(key -> manageAll(caller) || key.ownerGuid().equals(caller.userGuid()))
                .orElseThrow(() -> new ResourceNotFoundException("API key", id));
    }

    /** Creates a key and answers it with its secret, which is never kept. */
    public IssuedKey create(Caller caller, KeyDraft draft) {
        UUID ownerGuid = draft.owner().orElse(caller.userGuid());
        Account owner = requireOwner(caller, ownerGuid);
        List<Scope> scopes = draft.scopes().map(this::resolveScopes).orElse(null);
        Set<String> keyScopes = scopes == null ? owner.grantedScopes() : names(scopes);
        requireHolds(caller, keyScopes, "give a key these scopes");
        Instant now = Instant.now();
        Validity validity = validity(draft.validFrom().orElse(now),
                draft.validTo().orElse(draft.validFrom().orElse(now).plus(DEFAULT_LIFETIME)),
                now);

        String secret = SecretFormat.API_KEY.generate();
        ApiKey key = new ApiKey(draft.name().orElseThrow(), ownerGuid, validity,
                draft.allowedIps().orElse(List.of()), scopes == null ? null : guids(scopes),
                secret, now);
        if (!draft.enabled().orElse(true)) {
            key.disable(now);
        }
        keys.add(key);

        audit.record("key.created", describe(key), AuditChanges.create()
                .change("name", null, key.name())
                .change("owner", null, owner.username())
                .change("scopes", null, scopes == null ? "inherited" : keyScopes)
                .change("validFrom", null, validity.from())
                .change("validTo", null, validity.to())
                .change("allowedIPs", null, key.allowedIps())
                .change("enabled", null, key.isEnabled())
                .build());
        keyChanged.fire(new KeyChanged(key.id()));
        return new IssuedKey(key, secret);
    }

    public ApiKey update(Caller caller, String id, KeyDraft draft) {
        ApiKey key = get(caller, id);
        if (draft.owner().isPresent() && !draft.owner().get().equals(key.ownerGuid())) {
            throw new InvalidInputException("ownerGuid", "a key's owner can't change");
        }
        Instant now = Instant.now();
        AuditChanges recorded = AuditChanges.create();

        if (draft.scopes().isPresent()) {
            List<Scope> scopes = resolveScopes(draft.scopes().get());
            requireHolds(caller, names(scopes), "give a key these scopes");
            recorded.change("scopes", currentScopes(key), names(scopes));
            key.grantExactly(guids(scopes), now);
        } else if (draft.inheritRoleScopes().orElse(false) && !key.inheritsRoleScopes()) {
            Account owner = requireOwner(caller, key.ownerGuid());
            requireHolds(caller, owner.grantedScopes(), "let this key inherit its owner's scopes");
            recorded.change("scopes", currentScopes(key), "inherited");
            key.inheritRoleScopes(now);
        }
        if (draft.name().isPresent()) {
            recorded.change("name", key.name(), draft.name().get());
            key.rename(draft.name().get(), now);
        }
        if (draft.validFrom().isPresent() || draft.validTo().isPresent()) {
            Validity before = key.validity();
            Validity after = validity(draft.validFrom().orElse(before.from()),
                    draft.validTo().orElse(before.to()), now);
            recorded.change("validFrom", before.from(), after.from())
                    .change("validTo", before.to(), after.to());
            key.changeValidity(after, now);
        }
        if (draft.allowedIps().isPresent()) {
            recorded.change("allowedIPs", key.allowedIps(), draft.allowedIps().get());
            key.restrictTo(draft.allowedIps().get(), now);
        }
        if (draft.enabled().isPresent() && draft.enabled().get() != key.isEnabled()) {
            recorded.change("enabled", key.isEnabled(), draft.enabled().get());
            if (draft.enabled().get()) {
                key.enable(now);
            } else {
                key.disable(now);
            }
        }

        audit.record("key.updated", describe(key), recorded.build());
        keyChanged.fire(new KeyChanged(key.id()));
        return key;
    }

    /**
     * Issues a new secret; the old ones keep working for the grace period. Whoever rotates gets
     * the new secret, so they must hold what the key can do.
     */
    public IssuedKey rotate(Caller caller, String id, long graceSeconds) {
        ApiKey key = get(caller, id);
        requireHolds(caller, currentScopes(key), "take a new secret of this key");
        String oldHint = key.hint();

        String secret = SecretFormat.API_KEY.generate();
        key.rotate(secret, graceSeconds, Instant.now());

        audit.record("key.rotated", describe(key), AuditChanges.create()
                .change("hint", oldHint, key.hint())
                .note("gracePeriodSeconds", graceSeconds)
                .build());
        keyChanged.fire(new KeyChanged(key.id()));
        return new IssuedKey(key, secret);
    }

    public void delete(Caller caller, String id) {
        ApiKey key = get(caller, id);

        keys.remove(key);

        audit.record("key.deleted", describe(key), AuditChanges.create()
                .change("name", key.name(), null)
                .build());
        keyChanged.fire(new KeyChanged(key.id()));
    }

    /** The scope names a key holds now: its own, or its owner's current role scopes. */
    public Set<String> currentScopes(ApiKey key) {
        if (!key.inheritsRoleScopes()) {
            return catalog.activeNames(key.scopeGuids());
        }
        return accounts.find(key.ownerGuid()).map(Account::grantedScopes).orElse(Set.of());
    }

    /** Refuses callers who authenticated with an API key: keys can't manage keys. */
    public static void requireNotApiKey(Caller caller) {
        if (caller.credentialId() != null && "App".equalsIgnoreCase(caller.scheme())) {
            throw new AccessDeniedException("API keys can't manage API keys: sign in as a user"
                    + " or use a user's access token.");
        }
    }

    private Account requireOwner(Caller caller, UUID ownerGuid) {
        if (!ownerGuid.equals(caller.userGuid()) && !manageAll(caller)) {
            throw new AccessDeniedException("Only key administrators (" + ALL_KEYS
                    + ") manage other users' keys.", Set.of(ALL_KEYS));
        }
        return accounts.find(ownerGuid).orElseThrow(() ->
                new InvalidInputException("ownerGuid", "no user " + ownerGuid + " exists"));
    }

    private static boolean manageAll(Caller caller) {
        return caller.holds(ALL_KEYS);
    }

    private static void requireHolds(Caller caller, Set<String> scopes, String what) {
        Set<String> missing = new TreeSet<>(scopes);
        missing.removeIf(caller::holds);
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("You can't " + what + ": it needs scopes you don't"
                    + " hold: " + String.join(", ", missing), missing);
        }
    }

    private List<Scope> resolveScopes(List<String> references) {
        if (references.isEmpty()) {
            throw new InvalidInputException("scopeGuids", "must not be empty; leave it out to"
                    + " inherit the owner's role scopes");
        }
        ScopeResolution resolution = catalog.resolve(references);
        if (!resolution.isComplete()) {
            throw new InvalidInputException("scopeGuids", "unknown scopes: "
                    + String.join(", ", resolution.unknown()));
        }
        List<Scope> scopes = resolution.scopes();
        if (scopes.stream().map(Scope::guid).distinct().count() != scopes.size()) {
            throw new InvalidInputException("scopeGuids", "names a scope more than once");
        }
        boolean clientSide = scopes.stream().anyMatch(Scope::clientSide);
        boolean serverSide = scopes.stream().anyMatch(scope -> !scope.clientSide());
        if (clientSide && serverSide) {
            throw new InvalidInputException("scopeGuids", "mixes client-side SDK scopes with"
                    + " server-side scopes; a key used in browsers or apps holds SDK scopes only");
        }
        return scopes;
    }

    private static Validity validity(Instant from, Instant to, Instant now) {
        if (!to.isAfter(from)) {
            throw new InvalidInputException("validTo", "must be after validFrom (" + from + ")");
        }
        if (!to.isAfter(now)) {
            throw new InvalidInputException("validTo", "is already past");
        }
        return new Validity(from, to);
    }

    private static Set<String> names(List<Scope> scopes) {
        Set<String> names = new TreeSet<>();
        scopes.forEach(scope -> names.add(scope.name().value()));
        return names;
    }

    private static List<UUID> guids(List<Scope> scopes) {
        return scopes.stream().map(Scope::guid).toList();
    }

    static String describe(ApiKey key) {
        return "key " + key.id() + " (" + key.name() + ")";
    }

    /** A key with the secret that was just issued for it, shown to the client once. */
    public record IssuedKey(ApiKey key, String secret) {

        @Override
        public String toString() {
            return "IssuedKey[key=" + key.id() + ", secret=<hidden>]";
        }
    }
}
