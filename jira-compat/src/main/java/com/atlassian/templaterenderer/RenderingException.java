/*
 * Compile-only declaration. Follows the javadoc of atlassian-template-renderer-api
 * (docs.atlassian.com/atlassian-template-renderer/), class com.atlassian.templaterenderer.RenderingException.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
