package dev.scopegate.keys.api;

import dev.scopegate.keys.application.KeyDraft;
import dev.scopegate.keys.application.KeyService;
import dev.scopegate.keys.application.KeyService.IssuedKey;
import dev.scopegate.keys.domain.ApiKey;
import dev.scopegate.keys.persistence.ApiKeyRepository.KeyFilter;
import dev.scopegate.keys.security.LastUsedRecorder;
import dev.scopegate.scopes.api.JsonBody;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.api.QueryParameters;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.security.AddressRange;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.CallerContext;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * API keys. Users manage their own with {@code scopegate:own-keys:manage}, key administrators
 * everyone's with {@code scopegate:keys:manage}; callers that authenticated with a key are
 * refused, whatever their scopes.
 */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope({KeyService.OWN_KEYS, KeyService.ALL_KEYS})
@RequestScoped
public class KeyResource {

    private static final Set<String> WRITABLE = Set.of("name", "ownerGuid", "validFrom",
            "validTo", "allowedIPs", "scopeGuids", "inheritsRoleScopes", "enabled");
    private static final Set<String> READ_ONLY = Set.of("id", "scopes", "status", "createdAt",
            "updatedAt", "lastUsedAt", "hint", "apiKeySecret");
    private static final Set<String> ROTATE_WRITABLE = Set.of("gracePeriodSeconds");
    private static final int MAX_ALLOWED_IPS = 100;

    @Inject
    KeyService keyService;

    @Inject
    CatalogService catalog;

    @Inject
    LastUsedRecorder lastUsed;

    @Inject
    CallerContext callerContext;

    /** @param owner a user GUID; only key administrators see other users' keys */
    @GET
    public Page<KeyRepresentation> list(@QueryParam("name") String name,
            @QueryParam("enabled") String enabled, @QueryParam("owner") String owner,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Caller caller = managingCaller();
        KeyFilter filter = new KeyFilter(parseOwner(owner),
                QueryParameters.flag("enabled", enabled),
                Optional.ofNullable(name).map(String::strip).filter(text -> !text.isEmpty()));
        Page<ApiKey> found = keyService.list(caller, filter, PageRequest.of(page, size));
        return new Page<>(found.results().stream().map(key -> represent(key, null)).toList(),
                found.paging());
    }

    @GET
    @Path("/{id}")
    public KeyRepresentation get(@PathParam("id") String id) {
        return represent(keyService.get(managingCaller(), id), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context UriInfo uri) {
        Caller caller = managingCaller();
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        input.require("name");
        KeyDraft draft = readDraft(input);
        input.requireValid();

        IssuedKey issued = keyService.create(caller, draft);

        return Response.created(uri.getAbsolutePathBuilder().path(issued.key().id()).build())
                .header("Cache-Control", "no-store")
                .entity(represent(issued.key(), issued.secret()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeyRepresentation replace(@PathParam("id") String id, JsonObject body) {
        return update(id, body);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeyRepresentation update(@PathParam("id") String id, JsonObject body) {
        Caller caller = managingCaller();
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        KeyDraft draft = readDraft(input);
        input.requireValid();

        return represent(keyService.update(caller, id, draft), null);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        keyService.delete(managingCaller(), id);
        return Response.noContent().build();
    }

    /**
     * A new secret. The body, {@code {"gracePeriodSeconds": 3600}}, may be left out, so it is
     * read here rather than by a JSON provider that would refuse an empty one.
     */
    @POST
    @Path("/{id}/rotate")
    public Response rotate(@PathParam("id") String id, String body) {
        Caller caller = managingCaller();
        long grace = 0;
        if (body != null && !body.isBlank()) {
            JsonBody input = JsonBody.read(parseObject(body), ROTATE_WRITABLE, Set.of());
            Optional<Long> seconds = input.wholeNumber("gracePeriodSeconds");
            seconds.filter(value -> value < 0 || value > KeyService.MAX_GRACE_SECONDS)
                    .ifPresent(value -> input.reject("gracePeriodSeconds", "must be from 0 to "
                            + KeyService.MAX_GRACE_SECONDS));
            input.requireValid();
            grace = seconds.orElse(0L);
        }

        IssuedKey issued = keyService.rotate(caller, id, grace);

        return Response.ok(represent(issued.key(), issued.secret()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static JsonObject parseObject(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private Caller managingCaller() {
        Caller caller = callerContext.requireCaller();
        KeyService.requireNotApiKey(caller);
        return caller;
    }

    private KeyRepresentation represent(ApiKey key, String secret) {
        List<Scope> scopes = keyService.currentScopes(key).stream()
                .map(catalog::findActive)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Scope::name))
                .toList();
        Instant lastUse = lastUsed.pendingUse(key.id())
                .filter(pending -> key.lastUsedAt() == null || pending.isAfter(key.lastUsedAt()))
                .orElse(key.lastUsedAt());
        return KeyRepresentation.of(key, scopes.stream().map(Scope::guid).toList(),
                scopes.stream().map(scope -> scope.name().value()).toList(), lastUse, secret);
    }

    private static KeyDraft readDraft(JsonBody input) {
        Optional<String> name = input.text("name", ApiKey.MAX_NAME_LENGTH, false);
        Optional<UUID> owner = input.text("ownerGuid", 36, false)
                .flatMap(text -> guid(input, "ownerGuid", text));
        Optional<Instant> validFrom = input.text("validFrom", 64, false)
                .flatMap(text -> instant(input, "validFrom", text));
        Optional<Instant> validTo = input.text("validTo", 64, false)
                .flatMap(text -> instant(input, "validTo", text));
        Optional<List<String>> allowedIps = input.textList("allowedIPs")
                .map(entries -> addresses(input, entries));
        Optional<List<String>> scopes = input.textList("scopeGuids");
        Optional<Boolean> inherit = input.bool("inheritsRoleScopes");
        if (inherit.isPresent() && scopes.isPresent()) {
            input.reject("inheritsRoleScopes", "can't be sent together with scopeGuids");
        }
        if (inherit.filter(value -> !value).isPresent()) {
            input.reject("inheritsRoleScopes", "send scopeGuids to give the key its own scopes");
        }
        Optional<Boolean> enabled = input.bool("enabled");
        return new KeyDraft(name, owner, validFrom, validTo, allowedIps, scopes, inherit,
                enabled);
    }

    private static List<String> addresses(JsonBody input, List<String> entries) {
        if (entries.size() > MAX_ALLOWED_IPS) {
            input.reject("allowedIPs", "holds at most " + MAX_ALLOWED_IPS + " entries");
        }
        List<String> normalized = new ArrayList<>();
        for (String entry : entries) {
            try {
                normalized.add(AddressRange.parse(entry).text());
            } catch (IllegalArgumentException invalid) {
                input.reject("allowedIPs", invalid.getMessage());
            }
        }
        return normalized;
    }

    private static Optional<Instant> instant(JsonBody input, String member, String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException invalid) {
            input.reject(member, "must be an ISO-8601 date and time with an offset, such as"
                    + " 2027-01-31T12:00:00Z");
            return Optional.empty();
        }
    }

    private static Optional<UUID> guid(JsonBody input, String member, String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException invalid) {
            input.reject(member, "must be a user GUID");
            return Optional.empty();
        }
    }

    private static Optional<UUID> parseOwner(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("owner", "must be a user GUID");
        }
    }
}
