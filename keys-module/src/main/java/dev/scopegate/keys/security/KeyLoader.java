package dev.scopegate.keys.security;

import dev.scopegate.keys.domain.ApiKey;
import dev.scopegate.keys.domain.KeySecret;
import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.keys.persistence.ApiKeyRepository;
import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.security.AddressRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads a secret, its key and the key's owner into one {@link VerifiedKey}. */
@ApplicationScoped
public class KeyLoader {

    @Inject
    ApiKeyRepository keys;

    @Inject
    UserAccounts accounts;

    @Inject
    CatalogService catalog;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VerifiedKey> load(String secretHash) {
        Optional<KeySecret> secret = keys.findSecret(secretHash)
                .filter(found -> SecretFormat.sameHash(found.hash(), secretHash));
        return secret.map(found -> verified(found, found.apiKey()));
    }

    private VerifiedKey verified(KeySecret secret, ApiKey key) {
        Optional<Account> owner = accounts.find(key.ownerGuid());
        Set<String> ownerScopes = owner.map(Account::grantedScopes).orElse(Set.of());
        Set<String> granted = key.inheritsRoleScopes()
                ? ownerScopes : catalog.activeNames(key.scopeGuids());
        Set<String> effective = new HashSet<>(catalog.effectiveScopes(granted));
        effective.retainAll(catalog.effectiveScopes(ownerScopes));
        List<AddressRange> ranges = key.allowedIps().stream().map(AddressRange::parse).toList();
        return new VerifiedKey(key.id(), key.hint(), key.isEnabled(), key.validity(), ranges,
                secret.expiresAt(), key.ownerGuid(),
                owner.map(Account::username).orElse("(deleted user)"),
                owner.map(Account::enabled).orElse(false), granted, effective);
    }
}
