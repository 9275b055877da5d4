package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServletRequest;

/** What a request tells of where the server was reached. */
final class Requests {
    private Requests() {}

    /** {@code scheme://host:port} as the client addressed the server, for absolute links. */
    static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String host = req.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
