package dev.scopegate.keys.security;

import dev.scopegate.keys.application.KeyChanged;
import dev.scopegate.keys.oauth.TokenCache;
import dev.scopegate.keys.oauth.TokenChanged;
import dev.scopegate.roles.application.AccountsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drops cached keys and tokens when what they were checked against changes: at once, and again
 * when the transaction ends, so that a request that loaded the old state in between can't
 * keep it.
 */
@ApplicationScoped
public class CredentialCacheInvalidation {

    @Inject
    KeyCache keys;

    @Inject
    TokenCache tokens;

    void keyChanging(@Observes KeyChanged change) {
        keys.forget(change.keyId());
    }

    void keyChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) KeyChanged change) {
        keys.forget(change.keyId());
    }

    void tokenChanging(@Observes TokenChanged change) {
        tokens.forget(change.tokenId());
    }

    void tokenChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) TokenChanged change) {
        tokens.forget(change.tokenId());
    }

    void accountsChanging(@Observes AccountsChanged change) {
        keys.forgetAll();
        tokens.forgetAll();
    }

    void accountsChanged(
            @Observes(during = TransactionPhase.AFTER_COMPLETION) AccountsChanged change) {
        keys.forgetAll();
        tokens.forgetAll();
    }
}
