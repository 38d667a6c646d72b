package io.newsgraph.graphql;

import io.newsgraph.common.PageRequest;
import java.util.List;

/**
 * Writes a root connection ({@code totalCount}, {@code pageInfo}, {@code nodes}, {@code edges}) around the rows of
 * its page, each row holding the JSON of its node: cursors and page state as {@code Connection} and
 * {@code PageRequest} give them.
 */
final class ConnectionWriter {

    /** One member of the connection, an edge or the page info, under its response key. */
    record Member(String key, Writer writer) {
    }

    /** Writes a member's value for the page (and, inside an edge, the page's row). */
    interface Writer {
        void write(StringBuilder out, Page page, int row);
    }

    /** The fetched rows (one look-ahead row beyond the page when more follow), the page and the total. */
    record Page(List<String[]> rows, PageRequest request, long total) {
        int size() {
            return Math.min(rows.size(), request.limit());
        }
    }

    private final List<Member> members;

    ConnectionWriter(List<Member> members) {
        this.members = members;
    }

    String write(List<String[]> rows, PageRequest request, long total) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 128);
        object(out, members, new Page(rows, request, total), -1);
        return out.toString();
    }

    private static void object(StringBuilder out, List<Member> members, Page page, int row) {
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(members.get(i).key()).append("\":");
            members.get(i).writer().write(out, page, row);
        }
        out.append('}');
    }

    private static Member member(String key, Writer writer) {
        return new Member(key, writer);
    }

    static Member literal(String key, String typeName) {
        return member(key, (out, page, row) -> out.append('"').append(typeName).append('"'));
    }

    static Member totalCount(String key) {
        return member(key, (out, page, row) -> out.append(page.total()));
    }

    static Member pageInfo(String key, List<Member> members) {
        return member(key, (out, page, row) -> object(out, members, page, row));
    }

    static Member hasNextPage(String key) {
        return member(key, (out, page, row) -> out.append(page.rows().size() > page.request().limit()));
    }

    static Member hasPreviousPage(String key) {
        return member(key, (out, page, row) -> out.append(page.request().offset() > 0));
    }

    static Member startCursor(String key) {
        return member(key, (out, page, row) -> cursor(out, page, 0));
    }

    static Member endCursor(String key) {
        return member(key, (out, page, row) -> cursor(out, page, page.size() - 1));
    }

    static Member nodes(String key, int column) {
        return member(key, (out, page, row) -> {
            out.append('[');
            for (int i = 0; i < page.size(); i++) {
                out.append(i > 0 ? "," : "").append(page.rows().get(i)[column]);
            }
            out.append(']');
        });
    }

    static Member edges(String key, List<Member> members) {
        return member(key, (out, page, row) -> {
            out.append('[');
            for (int i = 0; i < page.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                object(out, members, page, i);
            }
            out.append(']');
        });
    }

    static Member cursor(String key) {
        return member(key, (out, page, row) -> out.append('"')
                .append(PageRequest.cursor(page.request().offset() + row)).append('"'));
    }

    static Member node(String key, int column) {
        return member(key, (out, page, row) -> out.append(page.rows().get(row)[column]));
    }

    /** The cursor of the page's row {@code index}, null on an empty page. */
    private static void cursor(StringBuilder out, Page page, int index) {
        if (page.size() == 0) {
            out.append("null");
        } else {
            out.append('"').append(PageRequest.cursor(page.request().offset() + index)).append('"');
        }
    }
}
