/*
 * Compile-only declaration. Follows the Atlassian REST v2 javadoc (atlassian-rest-v2-api 8.x, platform 7,
 * Jira 10.3), annotation com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.
 * Only licensed users may call the annotated resource or method (the default of REST v2).
 */
package com.atlassian.plugins.rest.api.security.annotation;

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
