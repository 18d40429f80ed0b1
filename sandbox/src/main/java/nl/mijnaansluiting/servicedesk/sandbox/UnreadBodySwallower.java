package nl.mijnaansluiting.servicedesk.sandbox;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import java.io.IOException;

/**
 * Reads what a request handler left of the request body, as Tomcat (Jira's container) does up to its
 * {@code maxSwallowSize} of 2 MB. Without it, a call refused before its body was read (403, 401) ends
 * with Jetty closing a socket that still receives the body; the kernel then answers with a reset that
 * can wipe the refusal out of the client's buffer before it is read, and the client sees no response.
 */
final class UnreadBodySwallower implements Filter {

    static final int MAX_SWALLOW_BYTES = 2 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            swallow(request);
        }
    }

    private static void swallow(ServletRequest request) {
        if (request.isAsyncStarted() || request.getContentLengthLong() == 0) {
            return;
        }
        byte[] buffer = new byte[8192];
        long left = MAX_SWALLOW_BYTES;
        try {
            ServletInputStream in = request.getInputStream();
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException | IllegalStateException gone) {
            // Already read through a reader, or the client went away: nothing left to protect.
        }
    }
}
