/*
 * Compile-only declaration. Follows the SAL javadoc (docs.atlassian.com/sal-parent/, sal-api), annotation
 * com.atlassian.sal.api.websudo.WebSudoRequired: the REST module asks for a WebSudo session before the annotated
 * resource or method runs (requests authenticated with HTTP Basic carry the password and are not asked).
 */
package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
