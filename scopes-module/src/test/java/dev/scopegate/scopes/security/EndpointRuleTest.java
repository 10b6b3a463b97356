package dev.scopegate.scopes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.scopes.security.EndpointRule.Access;
import jakarta.annotation.security.PermitAll;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EndpointRuleTest {

    private final EndpointRule sendRule =
            new EndpointRule(Access.SCOPES, List.of("sms:message:send", "message:send"));

    @Test
    void callerHoldingOneOfTheScopesIsAllowed() {
        Caller sender = callerWith(Set.of("sms:message:send"));

        assertThat(sendRule.allows(sender)).isTrue();
    }

    @Test
    void callerHoldingAScopeOnlyThroughCoverageIsAllowed() {
        Caller manager = new Caller("App", UUID.randomUUID(), "alice", "key-1",
                Set.of("sms:manage"), Set.of("sms:manage", "sms:message:send"));

        assertThat(sendRule.allows(manager)).isTrue();
    }

    @Test
    void callerHoldingNoneOfTheScopesIsDenied() {
        Caller reader = callerWith(Set.of("sms:logs:read", "mms:message:send"));

        assertThat(sendRule.allows(reader)).isFalse();
    }

    @Test
    void scopeGrantedButNotEffectiveDoesNotAllowTheCall() {
        Caller retiredGrant = new Caller("App", UUID.randomUUID(), "alice", "key-1",
                Set.of("sms:message:send"), Set.of());

        assertThat(sendRule.allows(retiredGrant)).isFalse();
    }

    @Test
    void denyAllAllowsNobody() {
        Caller powerful = callerWith(Set.of("sms:manage", "sms:message:send", "scopegate:manage"));

        assertThat(EndpointRule.DENY_ALL.allows(powerful)).isFalse();
        assertThat(EndpointRule.DENY_ALL.allows(callerWith(Set.of()))).isFalse();
        assertThat(EndpointRule.DENY_ALL.isPublic()).isFalse();
    }

    @Test
    void publicAndAuthenticatedRulesAllowCallersWithoutScopes() {
        Caller noScopes = callerWith(Set.of());

        assertThat(new EndpointRule(Access.PUBLIC, List.of()).allows(noScopes)).isTrue();
        assertThat(new EndpointRule(Access.AUTHENTICATED, List.of()).allows(noScopes)).isTrue();
    }

    @Test
    void onlyThePublicRuleIsPublic() {
        assertThat(new EndpointRule(Access.PUBLIC, List.of()).isPublic()).isTrue();
        assertThat(new EndpointRule(Access.AUTHENTICATED, List.of()).isPublic()).isFalse();
        assertThat(sendRule.isPublic()).isFalse();
    }

    @Test
    void scopesAreKeptSortedAndUnique() {
        EndpointRule rule = new EndpointRule(Access.SCOPES,
                List.of("sms:manage", "message:send", "sms:manage"));

        assertThat(rule.scopes()).containsExactly("message:send", "sms:manage");
    }

    @Test
    void readsTheRuleOfTheMethod() throws NoSuchMethodException {
        Optional<EndpointRule> rule =
                EndpointRule.of(Messages.class, method(Messages.class, "send"));

        assertThat(rule).contains(new EndpointRule(Access.SCOPES, List.of("sms:message:send")));
    }

    @Test
    void fallsBackToTheRuleOfTheClass() throws NoSuchMethodException {
        Optional<EndpointRule> rule =
                EndpointRule.of(Messages.class, method(Messages.class, "list"));

        assertThat(rule).contains(new EndpointRule(Access.SCOPES, List.of("sms:message:read")));
    }

    @Test
    void methodRuleReplacesTheRuleOfTheClass() throws NoSuchMethodException {
        Optional<EndpointRule> rule =
                EndpointRule.of(Messages.class, method(Messages.class, "status"));

        assertThat(rule).contains(new EndpointRule(Access.PUBLIC, List.of()));
    }

    @Test
    void noRuleOnMethodOrClassIsEmpty() throws NoSuchMethodException {
        Optional<EndpointRule> rule =
                EndpointRule.of(Unguarded.class, method(Unguarded.class, "list"));

        assertThat(rule).isEmpty();
    }

    @Test
    void conflictingAnnotationsOnAMethodAreRefused() throws NoSuchMethodException {
        Method conflicting = method(Messages.class, "conflicting");

        assertThatThrownBy(() -> EndpointRule.of(Messages.class, conflicting))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose one");
    }

    @Test
    void conflictingAnnotationsOnAClassAreRefused() throws NoSuchMethodException {
        Method list = method(Conflicting.class, "list");

        assertThatThrownBy(() -> EndpointRule.of(Conflicting.class, list))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose one");
    }

    private static Caller callerWith(Set<String> effectiveScopes) {
        return new Caller("App", UUID.randomUUID(), "alice", "key-1", effectiveScopes,
                effectiveScopes);
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    @RequiresScope("sms:message:read")
    public static class Messages {

        public String list() {
            return "";
        }

        @RequiresScope("sms:message:send")
        public String send() {
            return "";
        }

        @PermitAll
        public String status() {
            return "";
        }

        @PermitAll
        @Authenticated
        public String conflicting() {
            return "";
        }
    }

    public static class Unguarded {

        public String list() {
            return "";
        }
    }

    @Authenticated
    @RequiresScope("sms:manage")
    public static class Conflicting {

        public String list() {
            return "";
        }
    }
}
