package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation as LOD clients expect it: {@code ?format=} first (a short name), then the
 * {@code Accept} header with its q-values, then the default.
 */
final class Negotiation {
    private Negotiation() {}

    /**
     * @param offers short format name to media type, in order of preference; the first is the default
     * @return the chosen short name, or empty when {@code ?format=} names nothing on offer
     */
    static Optional<String> choose(HttpServletRequest req, Map<String, String> offers) {
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (offers.containsKey(f)) {
                return Optional.of(f);
            }
            return offers.entrySet().stream().filter(e -> e.getValue().equals(f)).map(Map.Entry::getKey).findFirst();
        }
        String first = offers.keySet().iterator().next();
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(first);
        }
        try {
            AcceptList offered = AcceptList.create(offers.values().toArray(String[]::new));
            MediaType match = AcceptList.match(new AcceptList(accept), offered);
            if (match == null) {
                return Optional.of(first);
            }
            String type = match.getContentTypeStr();
            return offers.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                    .findFirst().or(() -> Optional.of(first));
        } catch (RuntimeException badHeader) {
            return Optional.of(first);
        }
    }
}
