package dev.scopegate.web.ui;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Credentials.adminPassword;
import static dev.scopegate.web.support.Credentials.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.Browser;
import dev.scopegate.web.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A custom role and a user holding it, made in a real Chromium, then used by that user. */
@ExtendWith(ArquillianExtension.class)
class RoleUserPagesBrowserIT {

    @ArquillianResource
    URL deployment;

    Api api;
    Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        api = Api.at(deployment);
        browser = Browser.open(api);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void adminMakesARoleAndAUserWhoThenSeesOnlyWhatTheRoleAllows() {
        String roleName = unique("Key keepers");
        String username = unique("kai");
        browser.signIn("admin", adminPassword());

        browser.go("ui/roles");
        browser.screenshot("roles-table");
        browser.clickText("Create role");
        browser.type("name", roleName);
        browser.type("description", "Manage their own keys and read numbers");
        tick("scope", "scopegate:own-keys:manage");
        tick("scope", "numbers:read");
        browser.screenshot("role-create-form");
        browser.clickText("Create");
        JsonObject role = roleNamed(roleName);
        assertThat(role.getJsonArray("scopes").getValuesAs(JsonString::getString))
                .containsExactly("numbers:read", "scopegate:own-keys:manage");

        browser.go("ui/users");
        browser.clickText("Create user");
        browser.type("username", username);
        browser.type("displayName", "Kai");
        browser.type("password", "kai-password-123");
        browser.type("passwordRepeat", "kai-password-123");
        tick("role", role.getString("guid"));
        browser.screenshot("user-create-form");
        browser.clickText("Create");
        browser.go("ui/users?username=" + username);
        browser.screenshot("users-list");
        assertThat(browser.text()).contains(username);

        browser.clickText("Sign out");
        browser.signIn(username, "kai-password-123");

        assertThat(browser.findAll(By.cssSelector("nav[aria-label=Main] a")))
                .extracting(WebElement::getText).containsExactly("API keys");
        browser.go("ui/users");
        assertThat(browser.heading()).startsWith("403");
        browser.go("ui/keys/new");
        assertThat(browser.findAll(By.cssSelector("input[name=scope]")))
                .extracting(box -> box.getAttribute("value"))
                .containsExactlyInAnyOrder("numbers:read", "scopegate:own-keys:manage");
    }

    @Test
    void roleFormRefusesADuplicateNameByTheField() {
        String roleName = unique("Twins");
        browser.signIn("admin", adminPassword());
        browser.go("ui/roles/new");
        browser.type("name", roleName);
        tick("scope", "numbers:read");
        browser.clickText("Create");
        browser.go("ui/roles/new");
        browser.type("name", roleName);
        tick("scope", "numbers:read");

        browser.clickText("Create");

        assertThat(browser.find(By.id("name-error")).getText()).contains(roleName);
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(roleName);
    }

    @Test
    void catalogEndpointsAndAuditReadAsTheApiDoes() {
        browser.signIn("admin", adminPassword());

        browser.go("ui/scopes?q=message:send");
        assertThat(browser.heading()).isEqualTo("Scope catalog");
        assertThat(browser.text()).contains("sms:message:send", "whatsapp:message:send");
        browser.screenshot("scope-catalog");

        browser.go("ui/scopes/endpoints");
        assertThat(browser.heading()).isEqualTo("Endpoints and their scopes");
        assertThat(browser.text()).contains("/api/v1/keys", "scopegate:own-keys:manage");
        browser.screenshot("endpoint-table");

        browser.go("ui/audit?type=role.*");
        assertThat(browser.heading()).isEqualTo("Audit trail");
        browser.screenshot("audit-trail");
        browser.go("ui/audit?from=not-a-date");
        assertThat(browser.findAll(By.cssSelector(".field-error")))
                .extracting(WebElement::getText).isNotEmpty();
    }

    private JsonObject roleNamed(String name) {
        return api.get("api/v1/roles?name=" + name.replace(" ", "%20"), admin()).results()
                .getValuesAs(JsonObject.class).stream()
                .filter(role -> role.getString("name").equals(name))
                .findFirst().orElseThrow();
    }

    private void tick(String field, String value) {
        By box = By.cssSelector("input[name=" + field + "][value='" + value + "']");
        browser.script("const details = arguments[0].closest('details');"
                + " if (details) { details.open = true; }", browser.find(box));
        if (!browser.find(box).isSelected()) {
            browser.toggle(box);
        }
    }
}
