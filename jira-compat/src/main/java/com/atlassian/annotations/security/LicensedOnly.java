/*
 * Compile-only declaration. Follows Atlassian platform 7's secure endpoint defaults (atlassian-annotations),
 * annotation com.atlassian.annotations.security.LicensedOnly, which Jira 10 honours on servlet and servlet-filter
 * modules as on REST resources. Only users with a product licence (agents) may open the annotated servlet.
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
public @interface LicensedOnly {
}
