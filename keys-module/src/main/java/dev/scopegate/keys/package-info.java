/** API keys and the App authenticator; OAuth2 access tokens and the Bearer authenticator. */
package dev.scopegate.keys;
