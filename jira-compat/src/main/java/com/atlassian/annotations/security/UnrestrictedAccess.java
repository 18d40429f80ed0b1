/*
 * Compile-only declaration. Follows Atlassian platform 7's secure endpoint defaults (atlassian-annotations),
 * annotation com.atlassian.annotations.security.UnrestrictedAccess, which Jira 10 honours on servlet and servlet-filter
 * modules as on REST resources. Anyone may open the annotated servlet, signed in or not: it checks the caller itself.
 */
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {
}
