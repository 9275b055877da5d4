package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What every request must be before anything reads it: a method a read-only server answers, and
 * a body no larger than the limit. A declared length is judged before a byte is read; a body
 * sent in chunks is read up to the limit and refused past it, so a huge query never reaches the
 * parser.
 */
final class RequestGuardFilter implements Filter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH");

    private final long maxBytes;

    RequestGuardFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method " + req.getMethod() + " is not allowed");
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(resp);
            return;
        }
        if (declared < 0 && isChunked(req) && !isForm(req)) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                tooLarge(resp);
                return;
            }
            chain.doFilter(new BufferedBody(req, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        resp.setHeader("Connection", "close");
        resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body larger than " + maxBytes + " bytes");
    }

    private static boolean isChunked(HttpServletRequest req) {
        String te = req.getHeader("Transfer-Encoding");
        return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Form bodies are read by the container itself, which applies the same limit to them. */
    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The request with its body already read into memory, under the limit. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
