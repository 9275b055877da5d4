package org.w3id.smartcitykg.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many rows, and from where: the {@code limit} and {@code offset} every canned query takes.
 * The limit is capped by {@code maxLimit}, which the server enforces whatever a query asks.
 */
public record Paging(long limit, long offset) {
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";

    /** Splits the paging values off {@code values}; what is left are the query's own parameters. */
    public static Paging take(Map<String, String> values, Limits limits) throws ParameterException {
        long limit = number(values.remove(LIMIT), LIMIT, limits.defaultLimit(), 1, limits.maxLimit());
        long offset = number(values.remove(OFFSET), OFFSET, 0, 0, Long.MAX_VALUE);
        return new Paging(limit, offset);
    }

    public static Map<String, String> copyOf(Map<String, String> values) {
        return new LinkedHashMap<>(values);
    }

    private static long number(String value, String name, long fallback, long min, long max)
            throws ParameterException {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                throw new ParameterException(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ParameterException(name, "'" + value + "' is not an integer");
        }
    }

    /** The row limits of a query service: the default when none is asked, and the most ever given. */
    public record Limits(long defaultLimit, long maxLimit) {
        public static Limits standard() {
            return new Limits(1000, 10_000);
        }
    }
}
