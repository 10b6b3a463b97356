package dev.scopegate.web.oauth;

import static dev.scopegate.web.support.Credentials.adminPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.Fixtures.Person;
import dev.scopegate.web.support.ProbeResource;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OAuth2 flow as a standard client library drives it: the Nimbus OAuth 2.0 SDK discovers
 * the endpoints from the RFC 8414 metadata, then asks for, uses, introspects and revokes a token.
 */
@ExtendWith(ArquillianExtension.class)
class OAuthClientLibraryIT {

    @ArquillianResource
    URL deployment;

    Api api;
    Person client;
    AuthorizationServerMetadata metadata;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate().addClass(ProbeResource.class);
    }

    @BeforeEach
    void discover() throws Exception {
        api = Api.at(deployment);
        client = new Fixtures(api).person("sms:message:send", "numbers:read");
        Issuer issuer = new Issuer(api.base().toString().replaceAll("/$", ""));

        metadata = AuthorizationServerMetadata.resolve(issuer);
    }

    @Test
    void clientLibraryObtainsUsesIntrospectsAndRevokesAToken() throws Exception {
        TokenResponse response = TokenResponse.parse(new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(client.username()), secretOf(client)),
                new ClientCredentialsGrant(),
                new Scope("sms:message:send")).toHTTPRequest().send());

        assertThat(response.indicatesSuccess()).isTrue();
        AccessToken token = ((AccessTokenResponse) response).getTokens().getAccessToken();
        assertThat(token.getScope()).isEqualTo(new Scope("sms:message:send"));
        assertThat(token.getLifetime()).isEqualTo(3600);
        assertThat(api.get("test/probe", token.toAuthorizationHeader()).status()).isEqualTo(200);

        TokenIntrospectionResponse introspection = TokenIntrospectionResponse.parse(
                new TokenIntrospectionRequest(metadata.getIntrospectionEndpointURI(),
                        new ClientSecretBasic(new ClientID("admin"), new Secret(adminPassword())),
                        token).toHTTPRequest().send());
        assertThat(introspection.indicatesSuccess()).isTrue();
        assertThat(introspection.toSuccessResponse().isActive()).isTrue();
        assertThat(introspection.toSuccessResponse().getUsername()).isEqualTo(client.username());

        HTTPResponse revocation = new TokenRevocationRequest(metadata.getRevocationEndpointURI(),
                new ClientSecretPost(new ClientID(client.username()), secretOf(client)), token)
                .toHTTPRequest().send();
        assertThat(revocation.getStatusCode()).isEqualTo(200);
        assertThat(api.get("test/probe", token.toAuthorizationHeader()).status()).isEqualTo(401);
    }

    @Test
    void clientLibraryUnderstandsTheErrors() throws Exception {
        TokenResponse lacking = TokenResponse.parse(new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(client.username()), secretOf(client)),
                new ClientCredentialsGrant(), new Scope("sms:manage")).toHTTPRequest().send());
        TokenResponse wrongSecret = TokenResponse.parse(new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(client.username()),
                        new Secret("not-the-password")),
                new ClientCredentialsGrant(), null).toHTTPRequest().send());

        assertThat(((TokenErrorResponse) lacking).getErrorObject().getCode())
                .isEqualTo("invalid_scope");
        assertThat(((TokenErrorResponse) wrongSecret).getErrorObject().getCode())
                .isEqualTo("invalid_client");
        assertThat(((TokenErrorResponse) wrongSecret).getErrorObject().getHTTPStatusCode())
                .isEqualTo(401);
    }

    private static Secret secretOf(Person person) {
        return new Secret("password-of-" + person.username());
    }
}
