/** Users, roles, password hashing and the Basic authenticator. */
package dev.scopegate.roles;
