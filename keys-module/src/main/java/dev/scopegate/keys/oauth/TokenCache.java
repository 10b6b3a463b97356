package dev.scopegate.keys.oauth;

import dev.scopegate.keys.security.CredentialCache;
import jakarta.enterprise.context.ApplicationScoped;

/** Verified access tokens by token hash. */
@ApplicationScoped
public class TokenCache extends CredentialCache<VerifiedToken> {
}
