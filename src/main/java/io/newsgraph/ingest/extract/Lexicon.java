package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.actor.NameKey;
import io.newsgraph.actor.WordList;
import io.newsgraph.reaction.Stance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the extraction rules consult, kept as resources beside this class so they can grow without code
 * changes. Loaded once; every list is read-only afterwards. The lists that decide what a name is (titles, demonyms,
 * transliterations) belong to {@link NameKey} in the actor package, so that extraction, ingestion and the API
 * fold names the same way; this class reads them from there.
 */
final class Lexicon {

    static final Set<String> REPORTING_VERBS = lowerSet("reporting-verbs.txt");
    static final Set<String> QUOTING_VERBS = lowerSet("quoting-verbs.txt");
    static final Set<String> CONTROL_VERBS = lowerSet("control-verbs.txt");
    static final Set<String> SHOUTING_WORDS = lowerSet("shouting-words.txt");
    static final Map<String, Stance> REACTION_PHRASES = stanceMap("reaction-verbs.txt");
    static final Set<String> TARGET_NOUNS = lowerSet("reaction-targets.txt");
    static final Pattern PROPOSAL_VERBS =
            Pattern.compile("\\b(" + String.join("|", lines("proposal-verbs.txt")) + ")\\b");
    static final Map<String, Stance> EVALUATIONS = stanceMap("evaluations.txt");
    static final Map<Pattern, Stance> STANCE_CUES = patterns("stance-cues.txt");
    static final Map<String, String> DEMONYMS = NameKey.DEMONYMS;
    static final Map<String, String> COUNTRIES = countryForms();
    static final Set<String> STATES = lowerSet("states.txt");
    static final Set<String> PLACES = union(lowerSet("places.txt"), STATES);
    static final Set<String> COMMON_WORDS = lowerSet("common-words.txt");
    static final Set<String> GROUPS_OF_PEOPLE = lowerSet("groups-of-people.txt");
    static final Set<String> FEMALE_HINTS = lowerSet("female-names.txt");
    static final Set<String> MALE_HINTS = lowerSet("male-pronoun-hints.txt");
    static final Set<String> NOT_NAMES = Set.copyOf(lines("not-names.txt"));
    static final Set<String> ABBREVIATIONS = lowerSet("abbreviations.txt");
    static final Set<String> ORGANISATION_NAMES = prefixed("name:");
    static final Set<String> ORGANISATION_SUFFIXES = prefixed("suffix:");
    static final Set<String> GROUP_NOUNS = prefixed("group:");
    static final Set<String> GOVERNMENT_NAMES = prefixed("government:");
    static final Set<String> GOVERNMENT_SUFFIXES = prefixed("government-suffix:");
    static final Set<String> GOVERNMENT_PREFIXES = prefixed("government-prefix:");
    static final Set<String> OUTLET_NAMES = prefixed("outlet:");
    static final Set<String> OUTLET_SUFFIXES = prefixed("outlet-suffix:");
    static final Set<String> OUTLET_PREFIXES = prefixed("outlet-prefix:");
    static final Set<String> OUTLET_NOUNS = prefixed("outlet-noun:");
    static final Set<String> COMPANY_POSSESSIONS = prefixed("company-possession:");
    static final Set<String> ORGANISATION_NOUNS = prefixed("organisation-noun:");
    static final Set<String> GOVERNMENT_NOUNS = prefixed("government-noun:");
    static final Set<String> DOCUMENT_NOUNS = lowerSet("documents.txt");

    private Lexicon() {}

    /** The country a name or one of its forms denotes ("USA" → "United States"), or null. */
    static String country(String name) {
        return COUNTRIES.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The kind of a capitalised name that names a body rather than a person ("Washington Post", "State Department",
     * "NATO", "Teamsters Union"), by the whole name or its last word; a body of the state by its first word
     * ("Senate Intelligence Committee", "Federal Election Commission"); an outlet of two words by its first word too
     * ("Daily Caller") or the last part of a joined last word ("Chicago Sun-Times"); null for anything else.
     */
    static ActorKind institutionKind(String name, String lastWord) {
        String bare = name.replaceFirst("^(?i)the ", "");
        if (OUTLET_NAMES.contains(name) || OUTLET_NAMES.contains(bare) || OUTLET_SUFFIXES.contains(lastWord)
                || OUTLET_SUFFIXES.contains(lastWord.substring(lastWord.lastIndexOf('-') + 1))
                || bare.split(" ").length == 2 && OUTLET_PREFIXES.contains(bare.split(" ")[0])) {
            return ActorKind.MEDIA_OUTLET;
        }
        if (GOVERNMENT_NAMES.contains(bare) || GOVERNMENT_SUFFIXES.contains(lastWord)) {
            return ActorKind.GOVERNMENT;
        }
        if (ORGANISATION_NAMES.contains(bare) || ORGANISATION_SUFFIXES.contains(lastWord)) {
            return GOVERNMENT_PREFIXES.contains(bare.split(" ")[0]) ? ActorKind.GOVERNMENT : ActorKind.ORGANISATION;
        }
        return null;
    }

    static boolean isReportingVerb(String word) {
        return REPORTING_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isTitle(String word) {
        return NameKey.isTitle(word);
    }

    private static Map<String, String> countryForms() {
        Map<String, String> forms = new HashMap<>();
        for (String line : lines("countries.txt")) {
            String[] parts = line.split("\t", -1);
            forms.put(parts[0].toLowerCase(Locale.ROOT), parts[0]);
            if (parts.length > 1 && !parts[1].isBlank()) {
                for (String form : parts[1].split("\\|")) {
                    forms.put(form.toLowerCase(Locale.ROOT), parts[0]);
                }
            }
        }
        return Map.copyOf(forms);
    }

    private static Set<String> prefixed(String prefix) {
        Set<String> result = new HashSet<>();
        for (String line : lines("organisations.txt")) {
            if (line.startsWith(prefix)) {
                result.add(line.substring(prefix.length()));
            }
        }
        return Set.copyOf(result);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.addAll(b);
        return Set.copyOf(result);
    }

    private static Set<String> lowerSet(String resource) {
        Set<String> result = new HashSet<>();
        for (String line : lines(resource)) {
            result.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(result);
    }

    private static Map<String, String> pairs(String resource) {
        return WordList.pairs(Lexicon.class, resource);
    }

    private static Map<Pattern, Stance> patterns(String resource) {
        Map<Pattern, Stance> result = new LinkedHashMap<>();
        pairs(resource).forEach((regex, stance) -> result.put(Pattern.compile(regex), Stance.valueOf(stance)));
        return result;
    }

    private static Map<String, Stance> stanceMap(String resource) {
        Map<String, Stance> result = new LinkedHashMap<>();
        pairs(resource).forEach((phrase, stance) -> result.put(phrase, Stance.valueOf(stance)));
        return result;
    }

    static List<String> lines(String resource) {
        return WordList.lines(Lexicon.class, resource);
    }
}
