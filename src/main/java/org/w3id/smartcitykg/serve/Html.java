package org.w3id.smartcitykg.serve;

/**
 * The pages' common shell: plain HTML with its style inline, so a page needs nothing from outside
 * the server (no CDN, no fonts), and escaping for every text put into it.
 */
final class Html {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;background:#fafbfc}
            header{background:#17324d;color:#fff;padding:.6em 1.2em}header a{color:#fff;text-decoration:none;margin-right:1.2em}
            main{max-width:72em;margin:0 auto;padding:1em 1.2em}h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;margin:.5em 0;background:#fff}th,td{border:1px solid #d5dbe3;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#eef2f6}a{color:#0b5cad}code,.iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
            .muted{color:#5b6776}.quote{background:#fff8d6;padding:0 .2em}form.q{margin:.3em 0 1em}form.q label{margin-right:.8em}
            input{font:inherit;padding:.1em .3em}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}
            """;

    /** The site's icon inline, so a browser does not ask for /favicon.ico. */
    private static final String ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
            + "%3Crect width='16' height='16' rx='3' fill='%2317324d'/%3E%3Ccircle cx='8' cy='8' r='3.5' fill='%23fff'/%3E%3C/svg%3E";

    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page: {@code body} is HTML already escaped where it holds data. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<link rel=\"icon\" href=\"" + ICON + "\">"
                + "<title>" + escape(title) + " · smartcity-kg</title><style>" + STYLE + "</style>" + head + "</head><body>"
                + "<header><a href=\"/\"><b>smartcity-kg</b></a><a href=\"/api/queries?format=html\">Queries</a>"
                + "<a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">VoID</a><a href=\"/dcat\">DCAT-AP</a>"
                + "<a href=\"/dumps/\">Dumps</a></header><main>" + body + "</main></body></html>\n";
    }
}
