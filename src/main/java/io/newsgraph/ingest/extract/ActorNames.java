package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the actor list to names: a person called "Already", "Supporters" or "Florida" is a capitalised ordinary
 * word or a place, not someone who speaks. Names are stored clean: capitals-only words in title case ("MANAGER
 * JANE DOE" is a heading's form), an honorific is no role.
 */
final class ActorNames {

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}’'-])\\p{Ll}[\\p{Ll}-]*(?![\\p{L}’'])");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "messrs");
    /** "I-Vt.", "D-N.Y.", "R": the party and state an article writes after a lawmaker's name. */
    private static final Pattern PARTY_STATE = Pattern.compile("[DRI](-[A-Z][\\p{L}.]*)?\\.?");
    /** "Chicago-based", "House-era", "I’m", "I’ve": an adjective or a contraction, written with a capital. */
    private static final Pattern NOT_A_WORD_OF_A_NAME = Pattern.compile("\\S*(-(based|born|era|led|backed|style|like"
            + "|owned|run|funded|made|bound|linked|leaning|aligned|affiliated)|['’](m|ve|ll|re|d))");
    /** Final words that make a place of the words before them: "Fairfax County", "Wall Street". */
    private static final Set<String> PLACE_SUFFIXES = Set.of("County", "Street", "Square", "Avenue", "Boulevard",
            "Road", "Valley", "Heights");

    private final Set<String> lowerWords = new HashSet<>();

    ActorNames(String body) {
        Matcher m = LOWER_WORD.matcher(body);
        while (m.find()) {
            lowerWords.add(m.group());
        }
    }

    /**
     * Whether an actor's name is a name. A person named by one word is not when that word is a place, a word the
     * lexicon knows is never a name, an ordinary word (one news text writes in lower case, or this article does:
     * "Sources", "Wait", "Supporters"), a group of people ("Republicans") or a nationality ("Russian"), unless the
     * article writes it after an honorific ("Mrs. Clinton", "Mr. Read"). A person named by several ordinary words
     * is not when they are a label in capitals ("FULL TEXT") or open with a word never a name ("When I"), nor when
     * the last word makes a place ("Orange County"). A party-state tag ("I-Vt."), an adjective ("Chicago-based") or
     * a contraction ("I’m") is no name. Any actor needs a capital letter.
     */
    boolean isName(String name, ActorKind kind, String role) {
        if (name == null || name.isBlank() || name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (name.equals(role)) {
            return true; // "Slovakia’s prime minister", "New Hampshire Democrat": the role is all the article gives
        }
        if (kind != ActorKind.PERSON) { // "N.H.", "I-VT" are no organisations
            return kind == ActorKind.COUNTRY || !isPlaceOrTag(name);
        }
        String[] words = name.split(" ");
        if (name.codePoints().filter(Character::isLetter).count() < 2) {
            return false; // "D" of "Ed Rendell (D)"
        }
        if (words.length == 1 && role != null && isHonorific(role)) {
            return true;
        }
        if (isPlaceOrTag(name) || Lexicon.country(name) != null || isAdjective(name)) {
            return false;
        }
        if (words.length == 1) {
            return !(isOrdinary(name) || Lexicon.DEMONYMS.containsKey(name));
        }
        if (PLACE_SUFFIXES.contains(words[words.length - 1])
                || !isGivenName(words[0]) && isGroupOfPeople(words[words.length - 1])) {
            return false; // "Orange County", "Millennial Democrats", "Anti-Trump Republicans"
        }
        boolean label = name.equals(name.toUpperCase(Locale.ROOT)) || Lexicon.NOT_NAMES.contains(words[0]);
        return !label || !Arrays.stream(words).allMatch(this::isOrdinary);
    }

    private static boolean isPlaceOrTag(String name) {
        return Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT)) || PARTY_STATE.matcher(name).matches();
    }

    /**
     * "Black Lives Matter", "Civil War": words news text writes in lower case, the first no given name, name a body
     * or a thing, never a person; not "Grant Young".
     */
    static boolean isOrdinaryPhrase(String name) {
        String[] words = name.split(" ");
        return words.length > 1 && !isGivenName(words[0])
                && Arrays.stream(words).allMatch(w -> Lexicon.COMMON_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** "Katie", "Bill": a given name of the lists (a word that may also be an ordinary one). */
    static boolean isGivenName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.MALE_HINTS.contains(lower) || Lexicon.FEMALE_HINTS.contains(lower);
    }

    /** "Chicago-based", "I’m": an adjective or a contraction, written with a capital. */
    static boolean isAdjective(String word) {
        return NOT_A_WORD_OF_A_NAME.matcher(word).matches();
    }

    /** "Mr", "Mrs.", "Dr": a word before a name that says only how to address the person. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** A word news text or this article writes in lower case, one never a name, or a group of people. */
    private boolean isOrdinary(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.NOT_NAMES.contains(word) || lowerWords.contains(lower) || Lexicon.COMMON_WORDS.contains(lower)
                || isGroupOfPeople(word);
    }

    /**
     * "Economic Advisers", "CORE Teachers": ordinary words ending in a plural noun name a group of people, not a
     * person; one of them is not a given name ("Jeff Sessions").
     */
    static boolean isGroupName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        String last = words[words.length - 1];
        return words.length > 1 && last.endsWith("s") && !last.endsWith("ss")
                && Lexicon.COMMON_WORDS.contains(last.substring(0, last.length() - 1))
                && Arrays.stream(words).allMatch(Lexicon.COMMON_WORDS::contains);
    }

    /**
     * A one-word name that is an ordinary word ("Ban", "Read"), neither a place nor a group of people: it can be
     * the short form of a full name the article gives ("Ban Ki-moon").
     */
    boolean isOrdinaryWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.indexOf(' ') < 0 && !Lexicon.PLACES.contains(lower) && Lexicon.country(name) == null
                && !isGroupOfPeople(name) && (Lexicon.NOT_NAMES.contains(name) || lowerWords.contains(lower)
                || Lexicon.COMMON_WORDS.contains(lower));
    }

    /** "Republicans", "Russians", "Muslims": many people, no one in particular. */
    static boolean isGroupOfPeople(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return Lexicon.GROUPS_OF_PEOPLE.contains(singular.toLowerCase(Locale.ROOT))
                || word.endsWith("s") && Lexicon.DEMONYMS.containsKey(singular);
    }

    /** A name as stored: capitals-only words of five letters or more in title case ("ZELENSKY" → "Zelensky"). */
    static String clean(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            boolean shouted = word.codePoints().filter(Character::isLetter).count() >= 5 // not "F.A.A."
                    && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            sb.append(sb.length() > 0 ? " " : "")
                    .append(shouted ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
        }
        return sb.toString();
    }

    /** A role as stored: none for a bare honorific ("Mr."), capitals-only words in title case. */
    static String cleanRole(String role) {
        if (role == null || isHonorific(role)) {
            return null;
        }
        return clean(role);
    }

    /** The forms the article uses, each cleaned, each once. */
    static List<String> cleanForms(Iterable<String> forms) {
        List<String> result = new ArrayList<>();
        for (String form : forms) {
            String cleaned = clean(form);
            if (!result.contains(cleaned)) {
                result.add(cleaned);
            }
        }
        return List.copyOf(result);
    }
}
