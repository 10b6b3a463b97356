package dev.scopegate.scopes.security;

import static dev.scopegate.scopes.domain.TestScopes.catalogOf;
import static dev.scopegate.scopes.domain.TestScopes.serverSide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.security.EndpointRule.Access;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointScannerTest {

    private static final String APPLICATION_PATH = "/api";

    private final ScopeCatalog catalog = catalogOf(
            serverSide("sms:manage"),
            serverSide("sms:message:send"),
            serverSide("sms:message:read"));

    @Test
    void wellAnnotatedResourcesHaveNoProblems() {
        EndpointScanner scanner = scan(MessageResource.class, MeResource.class);

        assertThat(scanner.problems()).isEmpty();
    }

    @Test
    void endpointPathJoinsApplicationClassAndMethodPaths() {
        EndpointScanner scanner = scan(MessageResource.class);

        assertThat(scanner.endpoints()).extracting(Endpoint::method, Endpoint::path)
                .containsExactly(
                        tuple("GET", "/api/v1/messages"),
                        tuple("POST", "/api/v1/messages"),
                        tuple("GET", "/api/v1/messages/status"),
                        tuple("GET", "/api/v1/messages/{id}"));
    }

    @Test
    void classRuleAppliesToMethodsThatDeclareNone() {
        EndpointScanner scanner = scan(MessageResource.class);

        assertThat(ruleOf(scanner, "POST", "/api/v1/messages"))
                .isEqualTo(new EndpointRule(Access.SCOPES, List.of("sms:message:send")));
    }

    @Test
    void methodRuleReplacesTheRuleOfTheClass() {
        EndpointScanner scanner = scan(MessageResource.class);

        assertThat(ruleOf(scanner, "GET", "/api/v1/messages"))
                .isEqualTo(new EndpointRule(Access.SCOPES,
                        List.of("sms:message:read", "sms:manage")));
        assertThat(ruleOf(scanner, "GET", "/api/v1/messages/status").isPublic()).isTrue();
    }

    @Test
    void authenticatedRuleIsRecorded() {
        EndpointScanner scanner = scan(MeResource.class);

        assertThat(ruleOf(scanner, "GET", "/api/me").access()).isEqualTo(Access.AUTHENTICATED);
    }

    @Test
    void endpointNamesTheJavaMethodServingIt() {
        EndpointScanner scanner = scan(MeResource.class);

        assertThat(scanner.endpoints()).extracting(Endpoint::javaName)
                .containsExactly(MeResource.class.getName() + "#me");
    }

    @Test
    void publicMethodsWithoutHttpMethodOrPathAreNotEndpoints() {
        EndpointScanner scanner = scan(MeResource.class);

        assertThat(scanner.endpoints()).extracting(Endpoint::javaName)
                .doesNotContain(MeResource.class.getName() + "#describe");
    }

    @Test
    void endpointWithoutAnyRuleIsAProblemNamingItsPathAndJavaMethod() {
        EndpointScanner scanner = scan(UnguardedResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith("GET /api/things (" + UnguardedResource.class.getName() + "#list)")
                .contains("neither @RequiresScope nor @PermitAll");
        assertThat(scanner.endpoints()).isEmpty();
    }

    @Test
    void combiningPermitAllAndRequiresScopeOnAMethodIsAProblem() {
        EndpointScanner scanner = scan(ConflictingMethodResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith("GET /api/conflict (" + ConflictingMethodResource.class.getName())
                .contains("@PermitAll", "@RequiresScope");
        assertThat(scanner.endpoints()).isEmpty();
    }

    @Test
    void combiningPermitAllAndRequiresScopeOnAClassIsAProblem() {
        EndpointScanner scanner = scan(ConflictingClassResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith("GET /api/conflict-class (")
                .contains("choose one");
    }

    @Test
    void scopeNotInTheCatalogIsAProblemNamingTheScope() {
        EndpointScanner scanner = scan(UnknownScopeResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith("GET /api/fax (" + UnknownScopeResource.class.getName() + "#send)")
                .contains("'fax:page:send'", "not in the scope catalog")
                .doesNotContain("sms:manage");
    }

    @Test
    void emptyRequiresScopeIsAProblem() {
        EndpointScanner scanner = scan(EmptyScopeResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith("GET /api/empty (")
                .endsWith("has an empty @RequiresScope");
    }

    @Test
    void subResourceLocatorIsAProblem() {
        EndpointScanner scanner = scan(LocatorResource.class);

        assertThat(scanner.problems()).singleElement().asString()
                .startsWith(LocatorResource.class.getName() + "#messages")
                .contains("is a sub-resource locator");
        assertThat(scanner.endpoints()).isEmpty();
    }

    @Test
    void problemsOfSeveralResourcesAreAllReported() {
        EndpointScanner scanner = scan(UnguardedResource.class, EmptyScopeResource.class,
                MessageResource.class);

        assertThat(scanner.problems()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/   | /things/  | /api/things",
        "api     | things    | /api/things",
        "//api// | //things  | /api/things",
        "/api    | {id}      | /api/{id}",
        "a//b    | c         | /a/b/c",
        "/api    | ''        | /api",
        "''      | things    | /things",
        "/       | /         | /",
        "''      | ''        | /",
        "/api    |           | /api"
    })
    void joinUsesSingleSlashesAndStartsWithOne(String base, String path, String joined) {
        assertThat(EndpointScanner.join(base, path)).isEqualTo(joined);
    }

    private EndpointScanner scan(Class<?>... resources) {
        return EndpointScanner.scan(APPLICATION_PATH, List.of(resources), catalog);
    }

    private static EndpointRule ruleOf(EndpointScanner scanner, String method, String path) {
        return scanner.endpoints().stream()
                .filter(endpoint -> endpoint.method().equals(method))
                .filter(endpoint -> endpoint.path().equals(path))
                .findFirst()
                .orElseThrow()
                .rule();
    }

    @Path("/v1/messages/")
    @RequiresScope("sms:message:send")
    public static class MessageResource {

        @GET
        @RequiresScope({"sms:message:read", "sms:manage"})
        public String list() {
            return "";
        }

        @POST
        public String send() {
            return "";
        }

        @GET
        @Path("{id}")
        public String one(@PathParam("id") String id) {
            return id;
        }

        @GET
        @Path("/status")
        @PermitAll
        public String status() {
            return "";
        }
    }

    @Path("me")
    @Authenticated
    public static class MeResource {

        @GET
        public String me() {
            return "";
        }

        public String describe() {
            return "";
        }
    }

    @Path("things")
    public static class UnguardedResource {

        @GET
        public String list() {
            return "";
        }
    }

    @Path("conflict")
    public static class ConflictingMethodResource {

        @GET
        @PermitAll
        @RequiresScope("sms:manage")
        public String get() {
            return "";
        }
    }

    @Path("conflict-class")
    @PermitAll
    @RequiresScope("sms:manage")
    public static class ConflictingClassResource {

        @GET
        public String get() {
            return "";
        }
    }

    @Path("fax")
    public static class UnknownScopeResource {

        @GET
        @RequiresScope({"sms:manage", "fax:page:send"})
        public String send() {
            return "";
        }
    }

    @Path("empty")
    public static class EmptyScopeResource {

        @GET
        @RequiresScope({})
        public String get() {
            return "";
        }
    }

    @Path("locator")
    @PermitAll
    public static class LocatorResource {

        @Path("messages")
        public MessageResource messages() {
            return new MessageResource();
        }
    }
}
