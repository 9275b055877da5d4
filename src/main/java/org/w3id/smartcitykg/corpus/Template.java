package org.w3id.smartcitykg.corpus;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Fills a template's slots. {@code {name}} is replaced by the slot's value, {@code {Name}} by the
 * value with a capital, {@code {NAME}} by the value in capitals, and {@code {~he|she}} by the
 * form that agrees with the sentence's person.
 */
final class Template {
    private Template() {}

    static String render(String template, UnaryOperator<String> slots, boolean female, Locale locale) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("an unclosed slot in: " + template);
            }
            out.append(template, i, open);
            out.append(fill(template.substring(open + 1, close), slots, female, locale));
            i = close + 1;
        }
        return out.toString();
    }

    private static String fill(String slot, UnaryOperator<String> slots, boolean female, Locale locale) {
        if (slot.startsWith("~")) {
            String[] forms = slot.substring(1).split("\\|", -1);
            return female && forms.length > 1 ? forms[1] : forms[0];
        }
        String key = slot.toLowerCase(Locale.ROOT);
        String value = slots.apply(key);
        if (value == null) {
            throw new IllegalArgumentException("no value for the slot {" + slot + "}");
        }
        if (slot.equals(slot.toUpperCase(Locale.ROOT)) && !slot.equals(key)) {
            return value.toUpperCase(locale);
        }
        if (Character.isUpperCase(slot.charAt(0)) && !value.isEmpty()) {
            return value.substring(0, 1).toUpperCase(locale) + value.substring(1);
        }
        return value;
    }
}
