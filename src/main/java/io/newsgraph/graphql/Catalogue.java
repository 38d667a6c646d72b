package io.newsgraph.graphql;

import java.util.List;
import java.util.Map;

/**
 * What the read planner knows of the schema: for each object type and root query field it plans, the table and
 * the SQL that gives each field the value its resolver gives (same columns, same order and tie-breaks as the
 * services' HQL and the {@code @Source} batch resolvers). A field, argument or filter not listed here is not
 * planned: an operation that selects it runs through SmallRye as before, so a field added to the API later needs
 * nothing here to work (only to be planned).
 */
final class Catalogue {

    /** How a column's value is written as JSON. */
    enum Kind {
        ID, STRING, INT, ENUM, DATE, INSTANT, OFFSET_DATE_TIME,
        /** a confidence: a number from 0 to 1 stored to two decimals */
        CONFIDENCE
    }

    sealed interface Member permits Scalar, ToOne, ToMany, Strings {
    }

    /** A column; {@code offsetColumn} holds the UTC offset (seconds) of an {@link Kind#OFFSET_DATE_TIME}. */
    record Scalar(String column, Kind kind, String offsetColumn) implements Member {
        Scalar(String column, Kind kind) {
            this(column, kind, null);
        }
    }

    /** A many-to-one reference held in {@code column}. */
    record ToOne(String column, String type) implements Member {
    }

    /** A bounded list of related objects with its {@code first} argument's default. */
    record ToMany(Relation relation, String type, int defaultFirst) implements Member {
    }

    /** An unbounded list of strings ({@code valueColumn} of {@code table} rows pointing at the object, by id). */
    record Strings(String table, String parentColumn, String valueColumn) implements Member {
    }

    record ObjectType(String name, String table, Map<String, Member> members) {
    }

    /** How a filter field's value is read and bound. */
    enum ValueKind {
        /** an ID, bound as a long */
        ID,
        /** text, blank meaning no filter, bound stripped */
        TEXT,
        /** a phrase matched anywhere, ignoring case: a LIKE pattern; blank meaning no filter */
        PHRASE,
        /** a phrase matched anywhere in names folded by NameKey.spelling (case and accents): as PHRASE */
        NAME,
        /** an enum value, bound by name */
        ENUM,
        /** a Date */
        DATE,
        /** a DateTime, bound as an instant */
        DATE_TIME,
        /** a Float, bound as a double */
        NUMBER
    }

    /** A filter field: its clause over {@code {c}}, every {@code ?} bound to the field's value. */
    record Filter(ValueKind kind, String clause) {
    }

    /**
     * A root list field returning a connection: its type, filter fields, the columns of each order field (the id
     * follows as tie-break), and the defaults of its order input.
     */
    record ListRoot(String type, String connectionType, String edgeType, Map<String, Filter> filters,
            Map<String, List<String>> orderColumns, String defaultOrder, String defaultDirection) {
    }

    private static final String LIKE = " like ? escape '\\'";
    /** An actor's name or one of its aliases matches: both stored folded by NameKey.spelling, as the pattern is. */
    private static final String ACTOR_NAME = "({c}.name_key" + LIKE + " or exists (select 1 from actor_alias al"
            + " where al.actor_id = {c}.id and al.name_key" + LIKE + "))";
    private static final String CITATION_ACTORS = "citation ci left join statement s on s.id = ci.statement_id"
            + " left join reaction r on r.id = ci.reaction_id";
    private static final String ACTOR_OF_CITATION = "coalesce(s.speaker_id, r.actor_id) from " + CITATION_ACTORS
            + " where ci.article_id = {p}.id";

    /** A citation's order under a statement or reaction: earliest article first, undated last. */
    private static final String CITATION_ORDER = "{c}_a.published_at asc nulls last,"
            + " {c}_a.published_at_offset asc nulls last, {c}.article_id, {c}.start_offset";

    private static final Map<String, Member> TRACKED = Map.of(
            "id", new Scalar("id", Kind.ID),
            "createdAt", new Scalar("created_at", Kind.INSTANT),
            "version", new Scalar("version", Kind.INT));

    /** What statements, reactions and citations share: they change, and editors review them. */
    private static final Map<String, Member> REVIEWED = with(TRACKED, Map.of(
            "updatedAt", new Scalar("updated_at", Kind.INSTANT),
            "reviewStatus", new Scalar("review_status", Kind.ENUM),
            "confidence", new Scalar("confidence", Kind.CONFIDENCE),
            "cue", new Scalar("cue", Kind.STRING)));

    /** The review filters of statements and reactions. */
    private static final Map<String, Filter> REVIEW_FILTERS = Map.of(
            "reviewStatus", new Filter(ValueKind.ENUM, "{c}.review_status = ?"),
            "confidenceBelow", new Filter(ValueKind.NUMBER, "{c}.confidence < ?"),
            "confidenceAbove", new Filter(ValueKind.NUMBER, "{c}.confidence > ?"));

    static final Map<String, ObjectType> TYPES = Map.of(
            "Article", new ObjectType("Article", "article", with(TRACKED, Map.ofEntries(
                    Map.entry("updatedAt", new Scalar("updated_at", Kind.INSTANT)),
                    Map.entry("title", new Scalar("title", Kind.STRING)),
                    Map.entry("standfirst", new Scalar("standfirst", Kind.STRING)),
                    Map.entry("url", new Scalar("url", Kind.STRING)),
                    Map.entry("outlet", new Scalar("outlet", Kind.STRING)),
                    Map.entry("author", new Scalar("author", Kind.STRING)),
                    Map.entry("publishedAt", new Scalar("published_at", Kind.OFFSET_DATE_TIME,
                            "published_at_offset")),
                    Map.entry("language", new Scalar("language", Kind.STRING)),
                    Map.entry("body", new Scalar("body", Kind.STRING)),
                    Map.entry("contentHash", new Scalar("content_hash", Kind.STRING)),
                    Map.entry("statements", new ToMany(new Relation("statement",
                            "{c}.id in (select ci.statement_id from citation ci where ci.article_id = {p}.id)",
                            "(select min(ci.start_offset) from citation ci where ci.article_id = {p}.id"
                                    + " and ci.statement_id = {c}.id), {c}.id"), "Statement", 20)),
                    Map.entry("reactions", new ToMany(new Relation("reaction",
                            "{c}.id in (select ci.reaction_id from citation ci where ci.article_id = {p}.id)",
                            "(select min(ci.start_offset) from citation ci where ci.article_id = {p}.id"
                                    + " and ci.reaction_id = {c}.id), {c}.id"), "Reaction", 20)),
                    Map.entry("actors", new ToMany(new Relation("actor",
                            "{c}.id in (select " + ACTOR_OF_CITATION + ")",
                            "(select min(ci.start_offset) from " + CITATION_ACTORS + " where ci.article_id = {p}.id"
                                    + " and coalesce(s.speaker_id, r.actor_id) = {c}.id), {c}.id"),
                            "Actor", 20)),
                    Map.entry("citations", pointing("citation", "article_id", "{c}.start_offset, {c}.id", "Citation",
                            50))))),
            "Actor", new ObjectType("Actor", "actor", with(TRACKED, Map.ofEntries(
                    Map.entry("updatedAt", new Scalar("updated_at", Kind.INSTANT)),
                    Map.entry("name", new Scalar("name", Kind.STRING)),
                    Map.entry("kind", new Scalar("kind", Kind.ENUM)),
                    Map.entry("role", new Scalar("role", Kind.STRING)),
                    Map.entry("externalId", new Scalar("external_id", Kind.STRING)),
                    Map.entry("description", new Scalar("description", Kind.STRING)),
                    Map.entry("affiliation", new ToOne("affiliation_id", "Actor")),
                    Map.entry("aliases", new Strings("actor_alias", "actor_id", "name")),
                    Map.entry("affiliates", pointing("actor", "affiliation_id", "{c}.name, {c}.id", "Actor", 20)),
                    Map.entry("statements", pointing("statement", "speaker_id",
                            "{c}.said_on desc nulls last, {c}.id desc", "Statement", 20)),
                    Map.entry("reactionsGiven", pointing("reaction", "actor_id", "{c}.id desc", "Reaction", 20)),
                    Map.entry("reactionsReceived", new ToMany(new Relation("reaction",
                            "join statement {c}_t on {c}_t.id = {c}.target_id", "{c}_t.speaker_id = {p}.id",
                            "{c}.id desc"), "Reaction", 20)),
                    Map.entry("articles", new ToMany(new Relation("article",
                            "{c}.id in (select ci.article_id from citation ci join statement s"
                                    + " on s.id = ci.statement_id where s.speaker_id = {p}.id union all"
                                    + " select ci.article_id from citation ci join reaction r on r.id = ci.reaction_id"
                                    + " where r.actor_id = {p}.id)",
                            "{c}.id desc"), "Article", 20))))),
            "Statement", new ObjectType("Statement", "statement", with(REVIEWED, Map.ofEntries(
                    Map.entry("text", new Scalar("text", Kind.STRING)),
                    Map.entry("kind", new Scalar("kind", Kind.ENUM)),
                    Map.entry("saidOn", new Scalar("said_on", Kind.DATE)),
                    Map.entry("saidOnPrecision", new Scalar("said_on_precision", Kind.ENUM)),
                    Map.entry("venue", new Scalar("venue", Kind.STRING)),
                    Map.entry("speaker", new ToOne("speaker_id", "Actor")),
                    Map.entry("variantOf", new ToOne("variant_of_id", "Statement")),
                    Map.entry("variants", pointing("statement", "variant_of_id", "{c}.id", "Statement", 20)),
                    Map.entry("citations", new ToMany(new Relation("citation",
                            "join article {c}_a on {c}_a.id = {c}.article_id", "{c}.statement_id = {p}.id",
                            CITATION_ORDER), "Citation", 20)),
                    Map.entry("articles", new ToMany(new Relation("article",
                            "{c}.id in (select ci.article_id from citation ci where ci.statement_id = {p}.id)",
                            "{c}.published_at asc nulls last, {c}.published_at_offset asc nulls last, {c}.id"),
                            "Article", 20)),
                    Map.entry("reactions", pointing("reaction", "target_id", "{c}.id", "Reaction", 20)),
                    Map.entry("expresses", pointing("reaction", "response_id", "{c}.id", "Reaction", 20))))),
            "Reaction", new ObjectType("Reaction", "reaction", with(REVIEWED, Map.of(
                    "stance", new Scalar("stance", Kind.ENUM),
                    "actor", new ToOne("actor_id", "Actor"),
                    "target", new ToOne("target_id", "Statement"),
                    "response", new ToOne("response_id", "Statement"),
                    "citations", new ToMany(new Relation("citation",
                            "join article {c}_a on {c}_a.id = {c}.article_id", "{c}.reaction_id = {p}.id",
                            CITATION_ORDER), "Citation", 20)))),
            "Citation", new ObjectType("Citation", "citation", with(REVIEWED, Map.of(
                    "excerpt", new Scalar("excerpt", Kind.STRING),
                    "startOffset", new Scalar("start_offset", Kind.INT),
                    "endOffset", new Scalar("end_offset", Kind.INT),
                    "article", new ToOne("article_id", "Article"),
                    "statement", new ToOne("statement_id", "Statement"),
                    "reaction", new ToOne("reaction_id", "Reaction")))));

    private static final String REACTION_CITED = "exists (select 1 from citation ci where ci.reaction_id = {c}.id";
    private static final String REACTION_REPORTED = "exists (select 1 from citation ci join article a"
            + " on a.id = ci.article_id where ci.reaction_id = {c}.id and ";

    static final Map<String, ListRoot> LISTS = Map.of(
            "articles", new ListRoot("Article", "ArticleConnection", "ArticleEdge", Map.of(
                    "outlet", new Filter(ValueKind.TEXT, "lower({c}.outlet) = lower(?)"),
                    "language", new Filter(ValueKind.TEXT, "lower({c}.language) = lower(?)"),
                    "publishedAfter", new Filter(ValueKind.DATE_TIME, "{c}.published_at >= ?"),
                    "publishedBefore", new Filter(ValueKind.DATE_TIME, "{c}.published_at <= ?"),
                    "actorId", new Filter(ValueKind.ID, "exists (select 1 from " + CITATION_ACTORS
                            + " where ci.article_id = {c}.id and (s.speaker_id = ? or r.actor_id = ?))"),
                    // body_lower: lower(body), kept by the database (migration V82), not lowered per search
                    "text", new Filter(ValueKind.PHRASE, "(lower({c}.title)" + LIKE + " or lower({c}.standfirst)"
                            + LIKE + " or {c}.body_lower" + LIKE + ")")),
                    Map.of("PUBLISHED_AT", List.of("published_at", "published_at_offset"), "TITLE", List.of("title"),
                            "CREATED_AT", List.of("created_at")), "PUBLISHED_AT", "DESC"),
            "actors", new ListRoot("Actor", "ActorConnection", "ActorEdge", Map.of(
                    "name", new Filter(ValueKind.NAME, ACTOR_NAME),
                    "kind", new Filter(ValueKind.ENUM, "{c}.kind = ?"),
                    "affiliationId", new Filter(ValueKind.ID, "{c}.affiliation_id = ?")),
                    Map.of("NAME", List.of("name"), "CREATED_AT", List.of("created_at")), "NAME", "ASC"),
            "statements", new ListRoot("Statement", "StatementConnection", "StatementEdge", with(REVIEW_FILTERS, Map.of(
                    "speakerId", new Filter(ValueKind.ID, "{c}.speaker_id = ?"),
                    "kind", new Filter(ValueKind.ENUM, "{c}.kind = ?"),
                    "saidAfter", new Filter(ValueKind.DATE, "{c}.said_on >= ?"),
                    "saidBefore", new Filter(ValueKind.DATE, "{c}.said_on <= ?"),
                    "articleId", new Filter(ValueKind.ID, "exists (select 1 from citation ci"
                            + " where ci.statement_id = {c}.id and ci.article_id = ?)"),
                    "outlet", new Filter(ValueKind.TEXT, "exists (select 1 from citation ci join article a"
                            + " on a.id = ci.article_id where ci.statement_id = {c}.id"
                            + " and lower(a.outlet) = lower(?))"),
                    "text", new Filter(ValueKind.PHRASE, "(lower({c}.text)" + LIKE + ")"))),
                    Map.of("SAID_ON", List.of("said_on"), "CREATED_AT", List.of("created_at"),
                            "CONFIDENCE", List.of("confidence")), "SAID_ON", "DESC"),
            "reactions", new ListRoot("Reaction", "ReactionConnection", "ReactionEdge", with(REVIEW_FILTERS, Map.of(
                    "actorId", new Filter(ValueKind.ID, "{c}.actor_id = ?"),
                    "targetStatementId", new Filter(ValueKind.ID, "{c}.target_id = ?"),
                    "targetSpeakerId", new Filter(ValueKind.ID, "exists (select 1 from statement t"
                            + " where t.id = {c}.target_id and t.speaker_id = ?)"),
                    "stance", new Filter(ValueKind.ENUM, "{c}.stance = ?"),
                    "articleId", new Filter(ValueKind.ID, REACTION_CITED + " and ci.article_id = ?)"),
                    "outlet", new Filter(ValueKind.TEXT, REACTION_REPORTED + "lower(a.outlet) = lower(?))"),
                    "reportedAfter", new Filter(ValueKind.DATE_TIME, REACTION_REPORTED + "a.published_at >= ?)"),
                    "reportedBefore", new Filter(ValueKind.DATE_TIME, REACTION_REPORTED + "a.published_at <= ?)"))),
                    Map.of("STANCE", List.of("stance"), "CREATED_AT", List.of("created_at"),
                            "CONFIDENCE", List.of("confidence")), "CREATED_AT", "ASC"));

    /** Root fields answering one object by id. */
    static final Map<String, String> SINGLES = Map.of("article", "Article", "actor", "Actor", "statement",
            "Statement", "reaction", "Reaction");

    /** Longest search phrase (SearchApi's bound). */
    static final int MAX_SEARCH_PHRASE = 200;

    /**
     * The three lists of {@code search}: type, match over {@code {c}} (each ? the pattern), order, and for actors a
     * name match (each ? the pattern folded as names are stored, NameKey.spelling), or-ed with the match.
     */
    record SearchList(String type, String match, String orderBy, String nameMatch) {
    }

    static final Map<String, SearchList> SEARCH = Map.of(
            "statements", new SearchList("Statement", "(lower({c}.text)" + LIKE + ")",
                    "{c}.said_on desc nulls last, {c}.id desc", null),
            "articles", new SearchList("Article", LISTS.get("articles").filters().get("text").clause(),
                    "{c}.published_at desc nulls last, {c}.published_at_offset desc nulls last, {c}.id desc", null),
            "actors", new SearchList("Actor", "lower({c}.role)" + LIKE, "{c}.name asc nulls first, {c}.id asc",
                    ACTOR_NAME));

    private Catalogue() {
    }

    /** The rows of {@code table} whose {@code column} points at the object, in {@code orderBy}. */
    private static ToMany pointing(String table, String column, String orderBy, String type, int defaultFirst) {
        return new ToMany(new Relation(table, "{c}." + column + " = {p}.id", orderBy), type, defaultFirst);
    }

    private static <V> Map<String, V> with(Map<String, V> common, Map<String, V> own) {
        var all = new java.util.HashMap<>(common);
        all.putAll(own);
        return Map.copyOf(all);
    }
}
