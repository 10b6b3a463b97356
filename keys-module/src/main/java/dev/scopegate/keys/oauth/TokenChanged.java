package dev.scopegate.keys.oauth;

/** A CDI event: an access token was revoked. */
public record TokenChanged(String tokenId) {
}
