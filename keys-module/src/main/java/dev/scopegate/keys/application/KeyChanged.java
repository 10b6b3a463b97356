package dev.scopegate.keys.application;

/** A CDI event: a key was created, changed, rotated or deleted. */
public record KeyChanged(String keyId) {
}
