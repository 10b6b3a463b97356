package dev.scopegate.web.ui;

import static dev.scopegate.web.support.Credentials.adminPassword;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Browser;
import dev.scopegate.web.support.Credentials;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.Fixtures.Person;
import dev.scopegate.web.support.ProbeResource;
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

/**
 * An admin in a real Chromium: a key's whole life in the UI, checked against the API at every
 * step, and the UI's refusals. The probe endpoint accepts {@code sms:message:send}.
 */
@ExtendWith(ArquillianExtension.class)
class KeyPagesBrowserIT {

    private static final String PROBE = "test/probe";

    @ArquillianResource
    URL deployment;

    Api api;
    Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate().addClass(ProbeResource.class);
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
    void keyLivesItsWholeLifeInTheUi() {
        browser.signIn("admin", adminPassword());
        browser.screenshot("keys-list-empty-or-not");
        browser.clickText("Create API key");
        browser.type("name", "Browser-made key");
        choose("choose");
        tick("sms:message:send");
        tick("numbers:read");
        browser.screenshot("key-create-form");
        browser.clickText("Create");

        assertThat(browser.heading()).isEqualTo("API key Browser-made key created");
        assertThat(browser.text()).contains("It will not be shown again");
        String secret = browser.find(By.id("secret")).getText();
        assertThat(secret).startsWith("sgk_");
        assertThat(browser.find(By.cssSelector("[data-copy-target=secret]")).isDisplayed())
                .isTrue();
        browser.screenshot("key-secret-shown-once");

        String app = "App " + secret;
        assertThat(api.get(PROBE, app).status()).isEqualTo(200);
        assertThat(api.get("api/v1/roles", app).status()).isEqualTo(403);

        browser.clickText("Done");
        assertThat(browser.pageSource()).doesNotContain(secret);
        untick("sms:message:send");
        browser.screenshot("key-edit-form");
        browser.clickText("Save");
        assertThat(browser.text()).contains("Saved.");
        assertThat(api.get(PROBE, app).status()).isEqualTo(403);
        assertThat(api.get("api/v1/me", app).status()).isEqualTo(200);

        browser.clickText("Rotate");
        browser.type("grace", "0");
        browser.screenshot("key-rotate-confirm");
        browser.click(By.cssSelector("main form button[type=submit]"));
        String rotated = browser.find(By.id("secret")).getText();
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(api.get("api/v1/me", app).status()).isEqualTo(401);
        assertThat(api.get("api/v1/me", "App " + rotated).status()).isEqualTo(200);

        browser.clickText("Done");
        browser.clickText("Disable");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(api.get("api/v1/me", "App " + rotated).status()).isEqualTo(401);
        browser.clickText("Enable");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(api.get("api/v1/me", "App " + rotated).status()).isEqualTo(200);

        browser.clickText("Delete");
        browser.screenshot("key-delete-confirm");
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.currentPath()).startsWith("/ui/keys");
        assertThat(api.get("api/v1/me", "App " + rotated).status()).isEqualTo(401);
        browser.screenshot("keys-list");
    }

    @Test
    void refusedFormKeepsWhatWasTypedAndShowsTheErrorByTheField() {
        browser.signIn("admin", adminPassword());
        browser.go("ui/keys/new");
        browser.type("name", "kept name");
        browser.type("allowedIPs", "10.0.0.0/99");
        choose("inherit");
        browser.clickText("Create");

        assertThat(browser.find(By.id("allowedIPs-error")).getText()).contains("10.0.0.0/99");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("kept name");
        assertThat(browser.find(By.id("allowedIPs")).getAttribute("value"))
                .isEqualTo("10.0.0.0/99");
        browser.screenshot("key-form-error");
    }

    @Test
    void formWithoutItsCsrfTokenIsRefused() {
        browser.signIn("admin", adminPassword());
        String name = Credentials.unique("forged");
        browser.go("ui/keys/new");
        browser.type("name", name);
        choose("inherit");
        browser.script("document.querySelector('main form input[name=_csrf]').value"
                + " = 'forged-token';");
        browser.clickText("Create");

        assertThat(browser.heading()).startsWith("403");
        assertThat(browser.text()).contains("security token");
        assertThat(api.get("api/v1/keys?name=" + name, Credentials.admin()).results()).isEmpty();
    }

    @Test
    void keyNamedLikeAScriptRendersAsText() {
        browser.signIn("admin", adminPassword());
        browser.go("ui/keys/new");
        browser.type("name", "<script>document.title='owned'</script>");
        choose("inherit");
        browser.clickText("Create");
        browser.go("ui/keys");

        assertThat(browser.text()).contains("<script>document.title='owned'</script>");
        assertThat(browser.script("return document.title")).isNotEqualTo("owned");
        assertThat(browser.pageSource()).doesNotContain("<script>document.title");
    }

    @Test
    void pagesBeyondTheUsersScopesAreNeitherOfferedNorServed() {
        Person reader = new Fixtures(api).person("numbers:read", "scopegate:scopes:read");
        browser.signIn(reader.username(), "password-of-" + reader.username());

        assertThat(browser.findAll(By.cssSelector("nav[aria-label=Main] a")))
                .extracting(WebElement::getText).containsExactly("Scopes");
        browser.go("ui/keys");

        assertThat(browser.heading()).startsWith("403");
        browser.screenshot("forbidden-page");
    }

    @Test
    void signedOutVisitorIsSentToSignInAndBack() {
        browser.go("ui/keys/new");

        assertThat(browser.currentPath()).startsWith("/ui/login");
        browser.type("username", "admin");
        browser.type("password", adminPassword());
        browser.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Create API key");
    }

    @Test
    void wrongPasswordKeepsTheUsernameAndSaysSo() {
        browser.signIn("admin", "not-the-password");

        assertThat(browser.text()).contains("Wrong username or password.");
        assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("admin");
        browser.screenshot("sign-in-refused");
    }

    @Test
    void pagesServeSecurityHeadersAndAHttpOnlyStrictSessionCookie() {
        ApiResponse login = api.get("ui/login");

        assertThat(login.header("Content-Security-Policy").getFirst())
                .contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(login.header("X-Frame-Options")).containsExactly("DENY");
        assertThat(login.header("Set-Cookie").getFirst()).contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void narrowWindowStillShowsTheKeys() {
        browser.resize(390, 844);
        browser.signIn("admin", adminPassword());
        browser.go("ui/keys");

        assertThat(browser.heading()).isEqualTo("API keys");
        browser.screenshot("keys-list-phone");
    }

    private void choose(String mode) {
        browser.toggle(By.cssSelector("input[name=scopeMode][value=" + mode + "]"));
    }

    private void tick(String scope) {
        setTicked(scope, true);
    }

    private void untick(String scope) {
        setTicked(scope, false);
    }

    private void setTicked(String scope, boolean ticked) {
        By box = By.cssSelector("input[name=scope][value='" + scope + "']");
        browser.script("arguments[0].closest('details').open = true;", browser.find(box));
        if (browser.find(box).isSelected() != ticked) {
            browser.toggle(box);
        }
    }
}
