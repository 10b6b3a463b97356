package dev.scopegate.roles.application;

/**
 * A CDI event fired after a transaction changed users or roles, so that modules caching what a
 * user may do drop it. It says nothing of what changed: such changes are rare, and forgetting
 * everything is always correct.
 */
public record AccountsChanged() {
}
