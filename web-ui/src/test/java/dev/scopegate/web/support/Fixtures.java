package dev.scopegate.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** Roles and users created through the API as an administrator, for a test to act with. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** @return the new role's GUID */
    public String createRole(String name, String... scopes) {
        JsonObject role = Json.createObjectBuilder()
                .add("name", name)
                .add("scopeGuids", Json.createArrayBuilder(List.of(scopes)))
                .build();
        return created(api.postJson("api/v1/roles", Credentials.admin(), role.toString()));
    }

    /** @return the new user's GUID */
    public String createUser(String username, String password, String... roleGuids) {
        JsonArrayBuilder roles = Json.createArrayBuilder(List.of(roleGuids));
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("roleGuids", roles)
                .build();
        return created(api.postJson("api/v1/users", Credentials.admin(), user.toString()));
    }

    /** A user holding one new role with exactly these scopes; answers their credentials. */
    public String userWithScopes(String... scopes) {
        String username = Credentials.unique("user");
        String password = "password-of-" + username;
        createUser(username, password, createRole(Credentials.unique("role"), scopes));
        return Credentials.basic(username, password);
    }

    /** A user holding one new role with exactly these scopes, and that role's GUID. */
    public Person person(String... scopes) {
        String username = Credentials.unique("user");
        String password = "password-of-" + username;
        String role = createRole(Credentials.unique("role"), scopes);
        String guid = createUser(username, password, role);
        return new Person(guid, username, Credentials.basic(username, password), role);
    }

    /** Creates a key; answers the creation's JSON, with the secret. */
    public JsonObject createKey(String authorization, String json) {
        ApiResponse response = api.postJson("api/v1/keys", authorization, json);
        if (response.status() != 201) {
            throw new IllegalStateException("Key not created: " + response.status());
        }
        return response.json();
    }

    /** The Authorization header of an API key secret. */
    public static String app(JsonObject createdKey) {
        return "App " + createdKey.getString("apiKeySecret");
    }

    public ApiResponse patch(String path, String authorization, String json) {
        return api.send("PATCH", path, authorization, "application/json", json);
    }

    /** A test user: their GUID, name, Basic credentials and the one role they hold. */
    public record Person(String guid, String username, String basic, String roleGuid) {
    }

    private static String created(ApiResponse response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture not created: " + response);
        }
        return response.json().getString("guid");
    }
}
