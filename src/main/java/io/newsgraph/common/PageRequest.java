package io.newsgraph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated {@code first}/{@code after} pair. Cursors are opaque to clients; they encode the offset of the
 * row after which the page starts.
 */
public record PageRequest(int offset, int limit) {

    private static final String PREFIX = "offset:";

    public static PageRequest of(Integer first, String after, PaginationConfig config) {
        int limit = first == null ? config.defaultPageSize() : first;
        if (limit < 0 || limit > config.maxPageSize()) {
            throw new BadUserInputException(
                    "first must be between 0 and " + config.maxPageSize() + ", was " + limit, "first");
        }
        int offset = after == null || after.isEmpty() ? 0 : decode(after) + 1;
        return new PageRequest(offset, limit);
    }

    public static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int offset = Integer.parseInt(raw.substring(PREFIX.length()));
                // the page starts after this row, so its successor must still be an int
                if (offset >= 0 && offset < Integer.MAX_VALUE) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below: any undecodable cursor gets the same answer
        }
        throw new BadUserInputException("after is not a cursor this API issued: " + cursor, "after");
    }
}
