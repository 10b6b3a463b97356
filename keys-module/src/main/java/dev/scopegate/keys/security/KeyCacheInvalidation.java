package dev.scopegate.keys.security;

import dev.scopegate.keys.application.KeyChanged;
import dev.scopegate.roles.application.AccountsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drops cached keys when what they were checked against changes: at once, and again when the
 * transaction ends, so that a request that loaded the old state in between can't keep it.
 */
@ApplicationScoped
public class KeyCacheInvalidation {

    @Inject
    KeyCache cache;

    void keyChanging(@Observes KeyChanged change) {
        cache.forgetKey(change.keyId());
    }

    void keyChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) KeyChanged change) {
        cache.forgetKey(change.keyId());
    }

    void accountsChanging(@Observes AccountsChanged change) {
        cache.forgetAll();
    }

    void accountsChanged(
            @Observes(during = TransactionPhase.AFTER_COMPLETION) AccountsChanged change) {
        cache.forgetAll();
    }
}
