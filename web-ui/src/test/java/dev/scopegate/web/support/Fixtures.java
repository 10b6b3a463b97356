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

    public ApiResponse patch(String path, String authorization, String json) {
        return api.send("PATCH", path, authorization, "application/json", json);
    }

    private static String created(ApiResponse response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture not created: " + response);
        }
        return response.json().getString("guid");
    }
}
