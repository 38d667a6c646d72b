package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.CorpusArticle.GoldQuote;
import io.newsgraph.ingest.extract.CorpusArticle.Part;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.statement.StatementKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evaluation command: runs the pure extractor ({@code clean} then {@code extract}, no server) over a quote
 * corpus folder and prints quotes P/R/F1 by the corpus's rule, speaker accuracy by source kind, reactions P/R/F1
 * where reaction gold exists, the worst failures of each class and the time per article.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dcorpus=../shared/corpora/polnear-train [-Dcorpus.part=dev]</pre>
 *
 * Arguments: the corpus folder, {@code --part=all|dev|held-out} (every fifth file is held out from development)
 * and {@code --examples=N} (failures listed per class).
 */
public final class CorpusEvaluation {

    /** Quotes whose word sets overlap by this share of the shorter one are the same quote (the corpus's rule). */
    static final double QUOTE_OVERLAP = 0.8;
    /** The corpus dropped quoted stretches of one or two words, so shorter extracted quotes cannot be scored. */
    static final int MIN_SCORED_WORDS = 3;

    private static final ArticleExtractor EXTRACTOR = new RuleBasedExtractor();
    private static final Pattern HONORIFIC = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Sgt|Rev|Prof|Hon|Atty|Gen|Pres|Sec)\\.");
    private static final Pattern INITIAL = Pattern.compile("\\b\\p{Lu}\\. \\p{Lu}");

    /** A count of right answers out of those judged. */
    static final class Tally {
        int right;
        int total;

        void add(boolean isRight) {
            total++;
            right += isRight ? 1 : 0;
        }

        double rate() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    /** One failure to show: the class it belongs to, a weight to rank by, and what to print. */
    record Failure(String type, String article, int weight, String text) {}

    /** Everything one run measured. */
    static final class Report {
        final Part part;
        int articles;
        long chars;
        final Score quotes = new Score();
        int shortQuotes;
        int unannotatedQuotes;
        int paraphrases;
        final Map<String, Tally> speakers = new LinkedHashMap<>();
        final Map<String, Tally> quotesByShape = new LinkedHashMap<>();
        final Map<String, Tally> speakersByShape = new LinkedHashMap<>();
        int unscorablePronouns;
        /** NOMINAL sources that name an outlet or organisation ("the newspaper", "the group"): given an actor. */
        final Tally bodiesGivenActor = new Tally();
        /** … and of the kind the description says (a newspaper an outlet, a group an organisation). */
        final Tally bodiesOfRightKind = new Tally();
        /** NOMINAL sources that are documents ("the email", "the statement"): given an actor (its issuer). */
        final Tally documentsGivenActor = new Tally();
        int reactionArticles;
        final Score reactions = new Score();
        final Score reactionsWithStance = new Score();
        final Tally direction = new Tally();
        /** Missed gold reactions by the stage of the rules they failed at. */
        final Map<ReactionStages.Stage, Integer> stages = new EnumMap<>(ReactionStages.Stage.class);
        int drifted;
        final List<Failure> failures = new ArrayList<>();
        final List<long[]> times = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        Report(Part part) {
            this.part = part;
            for (String kind : List.of("NAME", "PRONOUN", "NOMINAL", "NONE")) {
                speakers.put(kind, new Tally());
            }
        }

        Tally speakers(String kind) {
            return speakers.computeIfAbsent(kind, k -> new Tally());
        }
    }

    private CorpusEvaluation() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].isBlank()) {
            System.err.println("usage: CorpusEvaluation <corpus folder> [--part=all|dev|held-out] [--examples=N]"
                    + " [--actors=true]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            System.err.println("no corpus folder at " + folder.toAbsolutePath());
            System.exit(2);
        }
        Part part = Part.ALL;
        int examples = 8;
        boolean actors = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--part=")) {
                part = Part.valueOf(args[i].substring(7).toUpperCase(Locale.ROOT).replace('-', '_'));
            } else if (args[i].startsWith("--examples=")) {
                examples = Integer.parseInt(args[i].substring(11));
            } else if (args[i].startsWith("--actors=")) {
                actors = Boolean.parseBoolean(args[i].substring(9));
            }
        }
        System.out.println(actors ? ActorListing.list(folder, part) : print(run(folder, part), folder, examples));
    }

    /**
     * Quotes are scored on the corpus part; reactions on the annotated articles of the matching side of
     * held-out.txt (dev: the tuned articles, held-out: the held-out ones, all: both), whichever corpus part they
     * fall in, so a dev run never shows a held-out reaction.
     */
    static Report run(Path folder, Part part) {
        Report report = new Report(part);
        Map<String, ReactionGold> reactionGold = ReactionGold.load();
        Set<String> heldOut = ReactionGold.heldOut();
        List<CorpusArticle> articles = CorpusArticle.load(folder, Part.ALL);
        for (int i = 0; i < articles.size(); i++) {
            CorpusArticle article = articles.get(i);
            ReactionGold gold = reactionGold.get(article.name());
            boolean reactions = gold != null && (part == Part.ALL
                    || heldOut.contains(gold.article()) == (part == Part.HELD_OUT));
            if (!part.includes(i) && !reactions) {
                continue;
            }
            long started = System.nanoTime();
            String body = EXTRACTOR.clean(article.raw());
            Extraction extraction = EXTRACTOR.extract(body);
            BodyAlignment alignment = new BodyAlignment(body, article.raw());
            if (part.includes(i)) {
                report.times.add(new long[] {System.nanoTime() - started, article.raw().length(),
                        report.names.size()});
                report.names.add(article.name());
                report.articles++;
                report.chars += article.raw().length();
                quotes(report, article, body, extraction, alignment);
                report.paraphrases += (int) extraction.statements().stream()
                        .filter(s -> s.kind() == StatementKind.PARAPHRASE).count();
            }
            if (reactions) {
                report.reactionArticles++;
                new ReactionScoring(article, extraction, alignment, report).score(gold);
            }
        }
        return report;
    }

    /**
     * Whether a quote's words at {@code start} open after two apostrophes (''…''): the corpus annotates no quote
     * so marked in most of its New York Times articles, so such quotes are scored only where it annotated one.
     */
    private static boolean opensWithApostrophes(String text, int start) {
        return start >= 2 && text.startsWith("''", start - 2);
    }

    private static void quotes(Report report, CorpusArticle article, String body, Extraction extraction,
            BodyAlignment alignment) {
        List<Statement> predicted = new ArrayList<>();
        boolean apostrophesAnnotated = article.quotes().stream()
                .anyMatch(q -> opensWithApostrophes(article.raw(), article.index(q.start())));
        for (Statement s : extraction.statements()) {
            if (s.kind() != StatementKind.DIRECT_QUOTE) {
                continue;
            }
            if (Words.of(s.text()).size() < MIN_SCORED_WORDS && s.text().strip().split("\\s+").length
                    < MIN_SCORED_WORDS) {
                report.shortQuotes++;
            } else if (!apostrophesAnnotated && opensWithApostrophes(body, s.excerpt().start())) {
                report.unannotatedQuotes++;
            } else {
                predicted.add(s);
            }
        }
        List<GoldQuote> gold = article.quotes();
        int[] match = match(article, gold, predicted, alignment);
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldQuote q = gold.get(g);
            String shape = shape(q);
            Tally found = report.quotesByShape.computeIfAbsent(shape, k -> new Tally());
            found.add(match[g] >= 0);
            int from = article.index(q.start());
            int to = article.index(q.end());
            if (match[g] < 0) {
                report.failures.add(new Failure("missed quote", article.name(), q.quote().length(),
                        "source " + q.source() + " (" + q.sourceKind() + "), cue \"" + q.cue() + "\": "
                                + article.context(from, to, 80)));
                continue;
            }
            matched++;
            used[match[g]] = true;
            Statement s = predicted.get(match[g]);
            Extraction.Actor speaker = s.speaker() < 0 ? null : extraction.actors().get(s.speaker());
            speaker(report, article, q, speaker, shape, from, to);
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                Statement s = predicted.get(p);
                Span raw = alignment.toRaw(s.excerpt());
                report.failures.add(new Failure("extra quote", article.name(), s.text().length(),
                        "speaker " + name(extraction, s.speaker()) + ": " + article.context(raw.start(), raw.end(),
                                60)));
            }
        }
        report.quotes.add(matched, predicted.size(), gold.size());
    }

    private static void speaker(Report report, CorpusArticle article, GoldQuote q, Extraction.Actor speaker,
            String shape, int from, int to) {
        String kind = q.sourceKind();
        String reference = "PRONOUN".equals(kind) ? q.resolved() : q.source();
        if ("NONE".equals(kind) || reference == null) {
            report.unscorablePronouns += "PRONOUN".equals(kind) ? 1 : 0;
            return;
        }
        if ("NOMINAL".equals(kind) && !bodySource(report, q.source(), speaker)) {
            report.failures.add(new Failure("NOMINAL no person, actor missing or of another kind", article.name(),
                    q.quote().length(), "gold " + q.source() + ", extracted " + (speaker == null ? "(nobody)"
                            : speaker.name() + " " + speaker.kind()) + ": " + article.context(from, to, 100)));
        }
        boolean right = Words.sameSource(speaker, reference);
        report.speakers(kind).add(right);
        if ("NAME".equals(kind)) {
            report.speakersByShape.computeIfAbsent(shape, k -> new Tally()).add(right);
        }
        if (!right) {
            report.failures.add(new Failure("wrong speaker (" + kind + ")", article.name(), q.quote().length(),
                    "gold " + q.source() + ("PRONOUN".equals(kind) ? " = " + q.resolved() : "") + ", extracted "
                            + (speaker == null ? "(nobody)" : speaker.name()) + ", cue \"" + q.cue() + "\": "
                            + article.context(from, to, 100)));
        }
    }

    /**
     * A NOMINAL source whose head noun names no person: an outlet ("the newspaper"), an organisation or state body
     * ("the group", "the campaign", "the department"), counted when the quote was given an actor and when that
     * actor's kind is the one the noun says; or a document ("the email", "the statement"), which any actor may have
     * issued, counted when given an actor at all (whether the right one only a reader can tell). The corpus's word
     * rule cannot judge these ("the newspaper" shares no word with "Daily News"). Returns false for an outlet or
     * organisation given no actor or one of another kind, and for a document given none.
     */
    private static boolean bodySource(Report report, String source, Extraction.Actor speaker) {
        String[] words = source.split(",")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} -]", " ").strip()
                .split("\\s+");
        String last = words[words.length - 1];
        String pair = words.length > 1 ? words[words.length - 2] + " " + last : last;
        Set<ActorKind> kinds;
        if (Lexicon.OUTLET_NOUNS.contains(pair) || Lexicon.OUTLET_NOUNS.contains(last)) {
            kinds = Set.of(ActorKind.MEDIA_OUTLET);
        } else if (Lexicon.ORGANISATION_NOUNS.contains(last) || Lexicon.GROUP_NOUNS.contains(last)
                || Lexicon.GOVERNMENT_NOUNS.contains(last)) {
            kinds = Set.of(ActorKind.ORGANISATION, ActorKind.GOVERNMENT);
        } else if (Lexicon.DOCUMENT_NOUNS.contains(last)) {
            report.documentsGivenActor.add(speaker != null);
            return speaker != null;
        } else {
            return true;
        }
        boolean right = speaker != null && kinds.contains(speaker.kind());
        report.bodiesGivenActor.add(speaker != null);
        report.bodiesOfRightKind.add(right);
        return right;
    }

    /**
     * Pairs gold and extracted quotes one to one: the corpus's word-set rule, best overlap first, the nearer one
     * when two overlap as well. Returns for each gold quote the index of its extracted quote, or -1.
     */
    private static int[] match(CorpusArticle article, List<GoldQuote> gold, List<Statement> predicted,
            BodyAlignment alignment) {
        record Pair(int gold, int predicted, double overlap, int distance) {}
        List<Set<String>> predictedWords = predicted.stream().map(s -> Words.of(s.text())).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Set<String> words = Words.of(gold.get(g).quote());
            int at = article.index(gold.get(g).start());
            for (int p = 0; p < predicted.size(); p++) {
                double overlap = Words.overlapOfShorter(words, predictedWords.get(p));
                if (overlap >= QUOTE_OVERLAP) {
                    int distance = Math.abs(alignment.toRaw(predicted.get(p).excerpt()).start() - at);
                    pairs.add(new Pair(g, p, overlap, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed().thenComparingInt(Pair::distance));
        int[] match = new int[gold.size()];
        java.util.Arrays.fill(match, -1);
        Set<Integer> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (match[pair.gold()] < 0 && taken.add(pair.predicted())) {
                match[pair.gold()] = pair.predicted();
            }
        }
        return match;
    }

    /** How a named source is written: with an honorific, a middle initial, a description, or plainly. */
    private static String shape(GoldQuote q) {
        String source = q.source() == null ? "" : q.source();
        if (!"NAME".equals(q.sourceKind())) {
            return q.sourceKind();
        }
        if (HONORIFIC.matcher(source).find()) {
            return "NAME with honorific";
        }
        if (INITIAL.matcher(source).find()) {
            return "NAME with initial";
        }
        if (source.contains(",") || source.contains("(")) {
            return "NAME with description";
        }
        return "NAME plain";
    }

    static String name(Extraction extraction, int actor) {
        return actor < 0 ? "(nobody)" : extraction.actors().get(actor).name();
    }

    static String print(Report r, Path folder, int examples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nCorpus %s, part %s: %d articles, %d kB%n%n", folder,
                r.part.name().toLowerCase(Locale.ROOT).replace('_', '-'), r.articles, r.chars / 1000));
        out.append("| category | gold | found | right | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
        out.append(row("direct quotes", r.quotes));
        if (r.reactionArticles > 0) {
            out.append(row("reactions (actor+target+citation)", r.reactions));
            out.append(row("reactions with stance", r.reactionsWithStance));
        }
        out.append(String.format("%n(%d extracted quotes of one or two words not scored: the corpus drops them;"
                + " %d in two apostrophes ''…'' not scored in articles where the corpus annotates no such quote)%n%n",
                r.shortQuotes, r.unannotatedQuotes));
        out.append("| speaker by source kind | quotes matched | speaker right | accuracy |\n|---|---|---|---|\n");
        r.speakers.forEach((kind, t) -> out.append(String.format("| %s | %d | %d | %s |%n", kind, t.total, t.right,
                t.total == 0 ? "-" : String.format("%.3f", t.rate()))));
        out.append(String.format("(NONE sources are not scored; %d pronoun sources have no resolved name)%n",
                r.unscorablePronouns));
        out.append(String.format("NOMINAL sources that are an outlet, organisation or state body: %d matched, given"
                + " an actor %d (%.3f), of the kind the description says %d (%.3f); documents: %d matched, given an"
                + " actor %d%n%n", r.bodiesGivenActor.total, r.bodiesGivenActor.right, r.bodiesGivenActor.rate(),
                r.bodiesOfRightKind.right, r.bodiesOfRightKind.rate(), r.documentsGivenActor.total,
                r.documentsGivenActor.right));
        out.append("| gold source written as | gold quotes | quote found | speaker right (of found) |\n"
                + "|---|---|---|---|\n");
        r.quotesByShape.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Tally speakers = r.speakersByShape.get(e.getKey());
            out.append(String.format("| %s | %d | %.3f | %s |%n", e.getKey(), e.getValue().total, e.getValue().rate(),
                    speakers == null ? "-" : String.format("%.3f", speakers.rate())));
        });
        out.append(String.format("%nParaphrases: not measurable here (the corpus annotates direct quotes only); "
                + "%d extracted, %.1f per article.%n", r.paraphrases,
                (double) r.paraphrases / Math.max(1, r.articles)));
        if (r.reactionArticles == 0) {
            out.append("Reactions: no reaction gold in src/test/resources/extract/polnear-reactions/ for these "
                    + "articles: not scored.\n");
        } else {
            out.append(String.format("Reactions: %d annotated articles; direction right %d of %d matched pairs "
                    + "(%.3f); %d gold items whose check words are not in their excerpt.%n", r.reactionArticles,
                    r.direction.right, r.direction.total, r.direction.rate(), r.drifted));
            out.append(stages(r));
        }
        out.append(timing(r));
        out.append(failures(r, examples));
        return out.toString();
    }

    /** The missed reactions counted by the stage they failed at (ReactionStages). */
    static String stages(Report r) {
        StringBuilder out = new StringBuilder("Missed reactions by stage:");
        r.stages.forEach((stage, n) -> out.append(String.format("%n  %-20s %3d  %s", stage, n, stage.description)));
        return out.append('\n').toString();
    }

    private static String row(String category, Score s) {
        return String.format("| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", category, s.expected(), s.predicted(),
                s.truePositives(), s.precision(), s.recall(), s.f1());
    }

    private static String timing(Report r) {
        List<long[]> times = new ArrayList<>(r.times);
        if (times.isEmpty()) {
            return "";
        }
        long total = times.stream().mapToLong(t -> t[0]).sum();
        times.sort(Comparator.comparingLong(t -> t[0]));
        long[] slowest = times.get(times.size() - 1);
        times.sort(Comparator.comparingLong(t -> t[1]));
        int tenth = Math.max(1, times.size() / 10);
        return String.format("%nTime (clean + extract, one thread): %.1f s in all, %.1f ms per article (median %.1f,"
                        + " slowest %.1f ms for %d kB: %s), %.2f ms per kB; per kB, smallest tenth of articles %.2f, "
                        + "largest tenth %.2f%n",
                total / 1e9, total / 1e6 / times.size(), median(r.times), slowest[0] / 1e6, slowest[1] / 1000,
                r.names.get((int) slowest[2]),
                total / 1e6 / (r.chars / 1000.0), perKb(times.subList(0, tenth)),
                perKb(times.subList(times.size() - tenth, times.size())));
    }

    private static double median(List<long[]> times) {
        long[] sorted = times.stream().mapToLong(t -> t[0]).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double perKb(List<long[]> times) {
        return times.stream().mapToLong(t -> t[0]).sum() / 1e6 / (times.stream().mapToLong(t -> t[1]).sum() / 1000.0);
    }

    /**
     * Up to {@code examples} failures per class: the heaviest first, one per article, so they are varied; every
     * failure when {@code examples} is negative (to compare two runs).
     */
    private static String failures(Report r, int examples) {
        Map<String, List<Failure>> byType = new LinkedHashMap<>();
        for (Failure f : r.failures) {
            byType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder out = new StringBuilder();
        byType.forEach((type, list) -> {
            out.append(String.format("%n== %s: %d%n", type, list.size()));
            Set<String> articles = new HashSet<>();
            list.stream().sorted(Comparator.comparingInt(Failure::weight).reversed())
                    .filter(f -> examples < 0 || articles.add(f.article())).limit(examples < 0 ? Long.MAX_VALUE
                            : examples)
                    .forEach(f -> out.append("  ").append(f.article()).append(": ").append(f.text()).append('\n'));
        });
        return out.toString();
    }
}
