package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.CorpusArticle.Part;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every actor the extractor makes over a corpus part, most frequent first: name, kind, role, in how many articles,
 * one sentence that names it. For reading the list by eye: which actors are no names, or of the wrong kind
 * (CorpusEvaluation --actors=true).
 */
final class ActorListing {

    private static final int CONTEXT = 70;

    private record Key(String name, ActorKind kind) {}

    private static final class Entry {
        String role;
        int articles;
        String example;
    }

    private ActorListing() {}

    static String list(Path folder, Part part) {
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        Map<Key, Entry> actors = new LinkedHashMap<>();
        for (CorpusArticle article : CorpusArticle.load(folder, part)) {
            String body = extractor.clean(article.raw());
            for (Extraction.Actor actor : extractor.extract(body).actors()) {
                Entry entry = actors.computeIfAbsent(new Key(actor.name(), actor.kind()), k -> new Entry());
                entry.articles++;
                if (entry.role == null) {
                    entry.role = actor.role();
                }
                if (entry.example == null) {
                    entry.example = example(body, actor.surfaceForms());
                }
            }
        }
        List<Map.Entry<Key, Entry>> sorted = new ArrayList<>(actors.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<Key, Entry> e) -> -e.getValue().articles)
                .thenComparing(e -> e.getKey().name()));
        StringBuilder out = new StringBuilder(String.format("%d actors%n", sorted.size()));
        int rank = 0;
        for (Map.Entry<Key, Entry> e : sorted) {
            out.append(String.format("%4d\t%3d\t%s\t%s\t%s\t%s%n", ++rank, e.getValue().articles, e.getKey().name(),
                    e.getKey().kind(), e.getValue().role, e.getValue().example));
        }
        return out.toString();
    }

    private static String example(String body, List<String> forms) {
        for (String form : forms) {
            int at = body.indexOf(form);
            if (at >= 0) {
                return body.substring(Math.max(0, at - CONTEXT), Math.min(body.length(), at + form.length() + CONTEXT))
                        .replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
