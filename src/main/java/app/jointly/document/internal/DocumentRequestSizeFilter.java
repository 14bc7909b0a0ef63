package app.jointly.document.internal;

import app.jointly.document.DocumentLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of request bodies sent to the document API: a declared length over the limit is refused with 413
 * before anything is read; a body without a declared length stops being read at the limit (the JSON then fails to
 * parse and the request is refused).
 */
@Component
class DocumentRequestSizeFilter extends OncePerRequestFilter {

    private static final Pattern DOCUMENT_API = Pattern.compile(
            "/api/v1/(documents(/.*)?|workspaces/[^/]+/documents/?)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DOCUMENT_API.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > DocumentLimits.MAX_REQUEST_BYTES) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"too-large\",\"message\":\"The request body may be at most "
                    + DocumentLimits.MAX_REQUEST_BYTES / (1024 * 1024) + " MB.\"}");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request), response);
    }

    /** Stops reading a body of undeclared length at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > DocumentLimits.MAX_REQUEST_BYTES) {
                        throw new IOException("Request body over " + DocumentLimits.MAX_REQUEST_BYTES + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (count += n) > DocumentLimits.MAX_REQUEST_BYTES) {
                        throw new IOException("Request body over " + DocumentLimits.MAX_REQUEST_BYTES + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
