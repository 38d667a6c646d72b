package io.newsgraph.synthetic;

import static io.newsgraph.synthetic.SyntheticText.pick;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.actor.NameKey;
import io.newsgraph.article.Article;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.DatePrecision;
import io.newsgraph.statement.StatementKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic news graph of a given size, written table by table. Every record is a pure function of its
 * index and the seed (each gets its own random stream), so any table can be written without holding the
 * others in memory, and the same size and seed always give the same graph. Statements are spread evenly over
 * articles and reactions over statements; each statement is quoted verbatim in its article's body, some also
 * in the next article, and some reactions are reported there too, so citations have real offsets.
 */
final class SyntheticGraph {

    /** What {@link #writeTo} wrote. */
    record Counts(int actors, int aliases, int articles, int statements, int reactions, int citations) {
    }

    /** First id of each table: the generator appends after whatever is there. */
    record IdBases(long actor, long alias, long article, long statement, long reaction, long citation) {
    }

    /** Opens the sink for one table. */
    interface Sinks {
        RowSink open(String table, List<String> columns) throws SQLException;
    }

    private record ActorSpec(String name, ActorKind kind, String role, int affiliation, List<String> aliases) {
    }

    private record StatementSpec(int speaker, StatementKind kind, String text, LocalDate saidOn,
            DatePrecision precision, String venue, int variantOf) {
    }

    private record ReactionSpec(int actor, int target, Stance stance, int response, boolean reported) {
    }

    private static final long ARTICLE = 2;
    private static final long STATEMENT = 3;
    private static final long REACTION = 4;
    private static final OffsetDateTime FIRST_DAY = OffsetDateTime.of(2023, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC);
    private static final long SPAN_SECONDS = 730L * 24 * 3600;
    private static final int RESPONSE_PERCENT = 15;
    private static final int REPORTED_REACTION_PERCENT = 30;
    private static final int SHARED_STATEMENT_PERCENT = 30;

    private final GraphSize size;
    private final IdBases ids;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final List<ActorSpec> actors = new ArrayList<>();
    private final int firstPerson;
    private final int firstOrganisation;

    SyntheticGraph(GraphSize size, IdBases ids) {
        this.size = size;
        this.ids = ids;
        int n = size.actors();
        int countries = clamp(n / 10, SyntheticText.COUNTRIES.length);
        int organisations = clamp(n / 20, SyntheticText.ORGANISATIONS.length);
        int outlets = clamp(n / 16, SyntheticText.OUTLETS.length);
        for (int i = 0; i < countries; i++) {
            actors.add(new ActorSpec(SyntheticText.COUNTRIES[i], ActorKind.COUNTRY, null, -1, List.of()));
        }
        for (int i = 0; i < countries; i++) {
            actors.add(new ActorSpec("Government of " + SyntheticText.COUNTRIES[i], ActorKind.GOVERNMENT, null, i,
                    List.of()));
        }
        firstOrganisation = actors.size();
        for (int i = 0; i < organisations; i++) {
            actors.add(new ActorSpec(SyntheticText.ORGANISATIONS[i], ActorKind.ORGANISATION, null, -1, List.of()));
        }
        for (int i = 0; i < outlets; i++) {
            actors.add(new ActorSpec(SyntheticText.OUTLETS[i], ActorKind.MEDIA_OUTLET, null, -1, List.of()));
        }
        firstPerson = actors.size();
        for (int p = 0; actors.size() < n; p++) {
            actors.add(person(p, countries));
        }
    }

    private static int clamp(int wanted, int available) {
        return Math.max(1, Math.min(wanted, available));
    }

    /** Distinct names for the first 720 people (31 and 24 are coprime), numbered after that. */
    private static ActorSpec person(int p, int countries) {
        String[] first = SyntheticText.FIRST_NAMES[(p + p / SyntheticText.LAST_NAMES.length)
                % SyntheticText.FIRST_NAMES.length];
        String last = SyntheticText.LAST_NAMES[p % SyntheticText.LAST_NAMES.length];
        int round = p / (SyntheticText.FIRST_NAMES.length * SyntheticText.LAST_NAMES.length);
        String suffix = round == 0 ? "" : " " + (round + 1);
        List<String> aliases = new ArrayList<>();
        for (int v = 1; v < first.length; v++) {
            aliases.add(first[v] + " " + last + suffix);
        }
        if (p % 4 == 0) {
            aliases.add(first[0].charAt(0) + ". " + last + suffix);
        }
        return new ActorSpec(first[0] + " " + last + suffix, ActorKind.PERSON,
                SyntheticText.ROLES[p % SyntheticText.ROLES.length], p % countries, aliases);
    }

    Counts writeTo(Sinks sinks) throws SQLException {
        int aliases = writeActors(sinks);
        Citations citations = writeArticles(sinks);
        writeStatements(sinks);
        writeReactions(sinks);
        writeCitations(sinks, citations);
        return new Counts(actors.size(), aliases, size.articles(), size.statements(), size.reactions(),
                citations.size());
    }

    private int writeActors(Sinks sinks) throws SQLException {
        try (RowSink out = sinks.open("actor", List.of("id", "name", "name_key", "kind", "role", "affiliation_id",
                "external_id", "description", "created_at", "updated_at", "version"))) {
            for (int i = 0; i < actors.size(); i++) {
                ActorSpec actor = actors.get(i);
                // Above today's Wikidata range, so no clash with a real QID.
                String qid = i % 2 == 0 ? "Q9" + String.format("%08d", ids.actor() + i) : null;
                out.row(ids.actor() + i, actor.name(), NameKey.spelling(actor.name()), actor.kind().name(),
                        actor.role(), actor.affiliation() < 0 ? null : ids.actor() + actor.affiliation(), qid, null,
                        now, now, 0);
            }
        }
        int written = 0;
        try (RowSink out = sinks.open("actor_alias", List.of("id", "actor_id", "name", "name_key"))) {
            for (int i = 0; i < actors.size(); i++) {
                for (String alias : actors.get(i).aliases()) {
                    out.row(ids.alias() + written++, ids.actor() + i, alias, NameKey.spelling(alias));
                }
            }
        }
        return written;
    }

    private Citations writeArticles(Sinks sinks) throws SQLException {
        Citations citations = new Citations();
        try (RowSink out = sinks.open("article", List.of("id", "title", "standfirst", "url", "outlet", "author",
                "published_at", "published_at_offset", "language", "body", "content_hash", "created_at",
                "updated_at", "version"))) {
            for (int a = 0; a < size.articles(); a++) {
                SplittableRandom random = random(ARTICLE, a);
                int outlet = random.nextInt(SyntheticText.OUTLETS.length);
                String city = pick(random, SyntheticText.CITIES);
                String body = body(a, random, city, citations);
                StatementSpec lead = statement(firstStatement(a));
                String title = lastWordOf(actors.get(lead.speaker()).name()) + ": \""
                        + lead.text().substring(0, lead.text().indexOf('.')) + "\"";
                OffsetDateTime published = publishedAt(a);
                int offsetSeconds = SyntheticText.OUTLET_OFFSETS[outlet] * 3600;
                String url = "https://" + SyntheticText.DOMAINS[outlet] + "/news/" + published.getYear() + "/"
                        + (ids.article() + a);
                out.row(ids.article() + a, title, SyntheticText.filler(random), url, SyntheticText.OUTLETS[outlet],
                        pick(random, SyntheticText.AUTHORS), published, offsetSeconds, "en", body,
                        Article.sha256(body), now, now, 0);
            }
        }
        return citations;
    }

    /** The article's text, recording a citation for each excerpt it places. */
    private String body(int a, SplittableRandom random, String city, Citations citations) {
        StringBuilder body = new StringBuilder(4096);
        body.append(city).append(" — ").append(SyntheticText.filler(random)).append(' ')
                .append(SyntheticText.filler(random));
        for (int s = firstStatement(a); s < firstStatement(a + 1); s++) {
            StatementSpec statement = statement(s);
            ActorSpec speaker = actors.get(statement.speaker());
            body.append("\n\n").append(speaker.name());
            if (speaker.role() != null) {
                body.append(", ").append(speaker.role()).append(',');
            }
            body.append(statement.kind() == StatementKind.DIRECT_QUOTE ? " said: \"" : " said that ");
            citations.add(a, s, body.length());
            body.append(statement.text());
            body.append(statement.kind() == StatementKind.DIRECT_QUOTE ? "\" " : " ")
                    .append(SyntheticText.filler(random));
            for (int r = firstReaction(s); r < firstReaction(s + 1); r++) {
                ReactionSpec reaction = reaction(r);
                if (reaction.reported()) {
                    body.append(' ');
                    String sentence = reactionSentence(reaction);
                    citations.add(a, -r - 1, body.length());
                    body.append(sentence);
                }
            }
        }
        if (a > 0 && random.nextInt(100) < SHARED_STATEMENT_PERCENT) {
            int earlier = firstStatement(a - 1);
            StatementSpec statement = statement(earlier);
            body.append("\n\nEarlier, ").append(actors.get(statement.speaker()).name()).append(" had said: \"");
            citations.add(a, earlier, body.length());
            body.append(statement.text()).append('"');
        }
        return body.append("\n\n").append(SyntheticText.filler(random)).toString();
    }

    private String reactionSentence(ReactionSpec reaction) {
        return actors.get(reaction.actor()).name() + " " + SyntheticText.reactionVerb(reaction.stance().name())
                + " " + actors.get(statement(reaction.target()).speaker()).name() + "'s remarks.";
    }

    private void writeStatements(Sinks sinks) throws SQLException {
        try (RowSink out = sinks.open("statement", List.of("id", "speaker_id", "text", "kind", "said_on",
                "said_on_precision", "venue", "variant_of_id", "created_at", "updated_at", "version"))) {
            for (int s = 0; s < size.statements(); s++) {
                StatementSpec statement = statement(s);
                out.row(ids.statement() + s, ids.actor() + statement.speaker(), statement.text(),
                        statement.kind().name(), statement.saidOn(), statement.precision().name(), statement.venue(),
                        statement.variantOf() < 0 ? null : ids.statement() + statement.variantOf(), now, now, 0);
            }
        }
    }

    private void writeReactions(Sinks sinks) throws SQLException {
        try (RowSink out = sinks.open("reaction", List.of("id", "actor_id", "target_id", "stance", "response_id",
                "created_at", "updated_at", "version"))) {
            for (int r = 0; r < size.reactions(); r++) {
                ReactionSpec reaction = reaction(r);
                out.row(ids.reaction() + r, ids.actor() + reaction.actor(), ids.statement() + reaction.target(),
                        reaction.stance().name(),
                        reaction.response() < 0 ? null : ids.statement() + reaction.response(),
                        now, now, 0);
            }
        }
    }

    private void writeCitations(Sinks sinks, Citations citations) throws SQLException {
        try (RowSink out = sinks.open("citation", List.of("id", "article_id", "statement_id", "reaction_id",
                "excerpt", "start_offset", "end_offset", "created_at", "version"))) {
            for (int c = 0; c < citations.size(); c++) {
                int subject = citations.subject(c);
                boolean isStatement = subject >= 0;
                String excerpt = isStatement ? statement(subject).text() : reactionSentence(reaction(-subject - 1));
                int start = citations.start(c);
                out.row(ids.citation() + c, ids.article() + citations.article(c),
                        isStatement ? ids.statement() + subject : null,
                        isStatement ? null : ids.reaction() + (-subject - 1), excerpt, start, start + excerpt.length(),
                        now, 0);
            }
        }
    }

    private StatementSpec statement(int s) {
        SplittableRandom random = random(STATEMENT, s);
        int speaker = speaker(random);
        StatementKind kind = random.nextInt(10) < 7 ? StatementKind.DIRECT_QUOTE : StatementKind.PARAPHRASE;
        String text = SyntheticText.claim(random);
        if (kind == StatementKind.PARAPHRASE) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        LocalDate day = publishedAt(homeArticle(s)).toLocalDate().minusDays(random.nextInt(3));
        DatePrecision precision = random.nextInt(10) < 9 ? DatePrecision.DAY : DatePrecision.MONTH;
        String venue = random.nextInt(10) < 3 ? pick(random, SyntheticText.VENUES) : null;
        int variantOf = random.nextInt(50) == 0 && s > firstStatement(homeArticle(s)) ? s - 1 : -1;
        return new StatementSpec(speaker, kind, text,
                precision == DatePrecision.MONTH ? day.withDayOfMonth(1) : day, precision, venue, variantOf);
    }

    private ReactionSpec reaction(int r) {
        SplittableRandom random = random(REACTION, r);
        int target = (int) ((long) r * size.statements() / size.reactions());
        int first = firstStatement(homeArticle(target));
        int count = firstStatement(homeArticle(target) + 1) - first;
        int targetSpeaker = statement(target).speaker();
        int actor;
        int response = -1;
        if (count > 1 && random.nextInt(100) < RESPONSE_PERCENT) {
            // Answered in words: the reacting actor's own statement in the same article.
            response = first + random.nextInt(count - 1);
            response += response >= target ? 1 : 0;
            actor = statement(response).speaker();
        } else {
            actor = speaker(random);
        }
        if (actor == targetSpeaker && response < 0) {
            actor = (actor + 1) % actors.size();
        }
        Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
        return new ReactionSpec(actor, target, stance, response,
                random.nextInt(100) < REPORTED_REACTION_PERCENT);
    }

    /** Mostly people, a few of them quoted far more often than the rest; sometimes a government or body. */
    private int speaker(SplittableRandom random) {
        if (random.nextInt(100) < 15) {
            return firstOrganisation / 2 + random.nextInt(firstPerson - firstOrganisation / 2);
        }
        double u = random.nextDouble();
        return firstPerson + (int) ((actors.size() - firstPerson) * u * u);
    }

    private int homeArticle(int s) {
        return (int) ((long) s * size.articles() / size.statements());
    }

    /** Statements of article a are [firstStatement(a), firstStatement(a + 1)). */
    private int firstStatement(int a) {
        return (int) (((long) a * size.statements() + size.articles() - 1) / size.articles());
    }

    /** Reactions to statement s are [firstReaction(s), firstReaction(s + 1)). */
    private int firstReaction(int s) {
        return (int) (((long) s * size.reactions() + size.statements() - 1) / size.statements());
    }

    /** Evenly spread over two years, oldest first, all distinct. */
    private OffsetDateTime publishedAt(int a) {
        return FIRST_DAY.plusSeconds(a * SPAN_SECONDS / size.articles());
    }

    private SplittableRandom random(long table, long index) {
        return new SplittableRandom(size.seed() * 1_000_003L + table * 0x9E3779B97F4A7C15L + index);
    }

    private static String lastWordOf(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Citations found while writing bodies, kept compactly until statements and reactions exist. */
    private static final class Citations {
        private int[] rows = new int[3 * 1024];
        private int size;

        /** @param subject a statement index, or -(reaction index) - 1 */
        void add(int article, int subject, int start) {
            if (3 * size + 3 > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[3 * size] = article;
            rows[3 * size + 1] = subject;
            rows[3 * size + 2] = start;
            size++;
        }

        int size() {
            return size;
        }

        int article(int c) {
            return rows[3 * c];
        }

        int subject(int c) {
            return rows[3 * c + 1];
        }

        int start(int c) {
            return rows[3 * c + 2];
        }
    }
}
