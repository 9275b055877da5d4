package org.w3id.smartcitykg.query;

import java.util.List;
import java.util.Optional;

/**
 * A parameter of a canned query, declared in its header:
 * {@code #+ param city: type=string; required; description=...}.
 */
public record QueryParameter(String name, String type, boolean required, Optional<String> defaultValue,
                             List<String> allowedValues, String description) {}
