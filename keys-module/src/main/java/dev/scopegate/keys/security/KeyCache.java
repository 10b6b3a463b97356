package dev.scopegate.keys.security;

import jakarta.enterprise.context.ApplicationScoped;

/** Verified API keys by secret hash. */
@ApplicationScoped
public class KeyCache extends CredentialCache<VerifiedKey> {
}
