package io.newsgraph.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The media types of a Content-Type or Accept header as clients really send them (RFC 9110): type and subtype in
 * any case, parameters after {@code ;} (names in any case, values quoted or not), and, when a header was given
 * twice, the values joined by commas (Chromium sends {@code application/json, application/json} for a page that
 * set the header under two spellings).
 */
final class MediaTypes {

    /** One media type: {@code type/subtype} in lower case and its parameters, names in lower case. */
    record MediaType(String essence, Map<String, String> parameters) {

        String parameter(String name) {
            return parameters.get(name);
        }
    }

    private MediaTypes() {
    }

    /** The media types of a header, in order; empty for a missing or blank header. */
    static List<MediaType> parse(String header) {
        List<MediaType> types = new ArrayList<>();
        if (header == null) {
            return types;
        }
        for (String entry : split(header, ',')) {
            List<String> parts = split(entry, ';');
            String essence = parts.get(0).trim().toLowerCase(Locale.ROOT);
            if (essence.isEmpty()) {
                continue;
            }
            Map<String, String> parameters = new HashMap<>();
            for (String parameter : parts.subList(1, parts.size())) {
                int equals = parameter.indexOf('=');
                if (equals > 0) {
                    parameters.put(parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                            unquote(parameter.substring(equals + 1).trim()));
                }
            }
            types.add(new MediaType(essence, parameters));
        }
        return types;
    }

    /** Splits at {@code separator} outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c);
                c = text.charAt(++i);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
