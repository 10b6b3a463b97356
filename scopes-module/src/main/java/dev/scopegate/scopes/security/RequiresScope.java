package dev.scopegate.scopes.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes that allow a call: the caller needs any one of them among its effective scopes.
 * On a method it replaces the annotation of its class. Each name must be in the catalog, or the
 * deployment fails.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {

    String[] value();
}
