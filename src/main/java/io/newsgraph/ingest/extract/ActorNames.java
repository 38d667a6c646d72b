package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;

import java.util.ArrayList;
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
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "messrs", "mr.", "mrs.", "ms.");

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
     * "Sources", "Wait", "Supporters"), or a group of people ("Republicans"), unless the article writes it after
     * an honorific ("Mrs. Clinton", "Mr. Read"). Any actor needs a capital letter.
     */
    boolean isName(String name, ActorKind kind, String role) {
        if (name == null || name.isBlank() || name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (kind != ActorKind.PERSON) {
            return true;
        }
        String[] words = name.split(" ");
        if (name.codePoints().filter(Character::isLetter).count() < 2) {
            return false; // "D" of "Ed Rendell (D)"
        }
        if (words.length == 1 && role != null && HONORIFICS.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT)) || Lexicon.country(name) != null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return words.length > 1 || !(Lexicon.NOT_NAMES.contains(name) || lowerWords.contains(lower)
                || Lexicon.COMMON_WORDS.contains(lower) || isGroupOfPeople(name));
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
    private static boolean isGroupOfPeople(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return Lexicon.GROUPS_OF_PEOPLE.contains(singular.toLowerCase(Locale.ROOT))
                || word.endsWith("s") && Lexicon.DEMONYMS.containsKey(singular);
    }

    /** A name as stored: capitals-only words of five letters or more in title case ("ZELENSKY" → "Zelensky"). */
    static String clean(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            boolean shouted = word.length() >= 5 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            sb.append(sb.length() > 0 ? " " : "")
                    .append(shouted ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
        }
        return sb.toString();
    }

    /** A role as stored: none for a bare honorific ("Mr."), capitals-only words in title case. */
    static String cleanRole(String role) {
        if (role == null || HONORIFICS.contains(role.toLowerCase(Locale.ROOT))) {
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
