package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            "Road", "Valley", "Heights", "City", "Township", "Parish", "Belt", "Coast");
    /** Final words that make a law, a pact or a doctrine of the words before them: "Affordable Care Act". */
    private static final Set<String> THING_SUFFIXES = Set.of("Act", "Amendment", "Agreement", "Accord", "Accords",
            "Treaty", "Doctrine", "Protocol");
    /** One to three capitalised words: a name as the evidence patterns below read it. */
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,2})";
    /** "Laconia, N.H.", "Fort Pierce, Florida,": a town named with its state is a place. */
    private static final Pattern TOWN_AND_STATE = Pattern.compile(NAME + ", (\\p{Lu}[\\p{L}.]*(?: \\p{Lu}\\p{L}*)?)"
            + "(?=[,;:)]|\\.(?:\\s|$)|$)");
    /** "DuPont's longtime chief executive", "Pfizer's shares": what only a company has. */
    private static final Pattern COMPANY_POSSESSION = Pattern.compile(NAME + "['’]s? (?:\\p{Ll}+ )?(?:"
            + String.join("|", Lexicon.COMPANY_POSSESSIONS) + ")\\b");
    /** "the chief executive of Intel", "shares of Pfizer": the same, written with "of". */
    private static final Pattern COMPANY_POSSESSION_OF = Pattern.compile("\\b(?:"
            + String.join("|", Lexicon.COMPANY_POSSESSIONS) + ") of (?:the )?" + NAME + "(?![\\p{L}’'])");
    /** "Alan Roe, a spokesman for Acme Oil, said": a body speaks through a spokesperson (a person's would say so). */
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("\\bspokes(?:man|woman|person) for (?:the )?" + NAME
            + "(?=[,;:)])");
    /** "a Quinnipiac poll", "the latest Monmouth University poll": a pollster is an organisation. */
    private static final Pattern POLLSTER = Pattern.compile("\\b(?:[Aa]n?|[Tt]he|new|latest) " + NAME + " poll\\b");
    /** "employers such as Monsanto", "newspapers like the Union Leader and the Globe": bodies by what they are. */
    private static final Pattern BODIES_SUCH_AS = Pattern.compile("\\b(\\p{Ll}+) (?:such as|like|including) ((?:the )?"
            + NAME + "(?:(?:, (?:and )?| and )(?:the )?" + NAME + ")*)");
    /** "GunBroker.com": a web address is a site's owner, an organisation. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*\\.(?:com|org|net)");
    /** "EgyptAir", "PricewaterhouseCoopers": a capital inside a word is a brand's, not a surname's ("McCain"). */
    private static final Pattern BRAND = Pattern.compile("(?!Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)"
            + "\\p{Lu}+\\p{Ll}+\\p{Lu}\\p{L}*|\\p{Lu}{2,}\\p{Ll}{2,}\\p{L}*");

    private final String body;
    private final Set<String> lowerWords = new HashSet<>();
    /** Towns the article names with their state ("Manchester, N.H."). */
    private final Set<String> towns = new HashSet<>();
    /** Names the article shows to be bodies, by the words around them, and the kind those words say. */
    private final Map<String, ActorKind> bodies = new HashMap<>();

    ActorNames(String body) {
        this.body = body;
        Matcher m = LOWER_WORD.matcher(body);
        while (m.find()) {
            lowerWords.add(m.group());
        }
        Matcher town = TOWN_AND_STATE.matcher(body);
        while (town.find()) {
            if (isState(town.group(2)) && !isGivenName(town.group(1).split(" ")[0])) {
                towns.add(town.group(1));
            }
        }
        for (Pattern company : List.of(COMPANY_POSSESSION, COMPANY_POSSESSION_OF, POLLSTER, SPOKESPERSON_FOR)) {
            Matcher c = company.matcher(body);
            while (c.find()) {
                bodies.putIfAbsent(c.group(1), ActorKind.ORGANISATION);
            }
        }
        Matcher such = BODIES_SUCH_AS.matcher(body);
        while (such.find()) {
            ActorKind kind = pluralBodyKind(such.group(1));
            for (String name : kind == null ? new String[0] : such.group(2).split(", (?:and )?| and ")) {
                bodies.putIfAbsent(name.replaceFirst("^the ", ""), kind);
            }
        }
    }

    /** "N.H.", "Florida": a US state, by name or abbreviation, not a city of the places list. */
    private static boolean isState(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.STATES.contains(lower) || Lexicon.STATES.contains(lower.replaceFirst("\\.$", "")); // "Ohio."
    }

    /** "employers" an organisation, "newspapers" an outlet: the kind a plural noun of bodies says, or null. */
    private static ActorKind pluralBodyKind(String plural) {
        String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("es") && plural.matches(".*(ss|sh|ch|x)es") ? plural.substring(0, plural.length() - 2)
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : "";
        return Lexicon.OUTLET_NOUNS.contains(singular) ? ActorKind.MEDIA_OUTLET
                : Lexicon.ORGANISATION_NOUNS.contains(singular) ? ActorKind.ORGANISATION : null;
    }

    /**
     * A named mention taken for a person, with the kind the article shows it has when it names a body: a web
     * address, a brand written with a capital inside ("EgyptAir"), an acronym of five letters or more the article
     * never writes in lower case ("IFPTE"), a name with what only a company has ("DuPont's chief executive"), a
     * pollster ("a Quinnipiac poll") or a name in a list of bodies ("employers such as Monsanto"); not a name the
     * article also writes after a given name or an honorific ("Mr. Forbes"). A body the lists know by one word is a
     * person's surname when the article writes it so ("Steve Forbes", "Mr. Forbes", then "Forbes said").
     */
    Mention withKind(Mention m) {
        if (m.type() == Mention.Type.NAME && m.role() == null && isListedWord(m.name())
                && writtenAsPerson(m.name(), false)) { // a title may end a body's name ("Islamic State")
            return m.as(ActorKind.PERSON);
        }
        if (m.type() != Mention.Type.NAME || m.kind() != ActorKind.PERSON || m.name() == null || m.role() != null) {
            return m;
        }
        String name = m.name();
        boolean oneWord = name.indexOf(' ') < 0;
        if (oneWord && (WEB_ADDRESS.matcher(name).matches() || BRAND.matcher(name).matches() || isAcronym(name))) {
            return m.as(ActorKind.ORGANISATION);
        }
        ActorKind shown = bodies.get(name);
        return shown == null || isGivenName(name.split(" ")[0]) || writtenAsPerson(name, true) ? m : m.as(shown);
    }

    /**
     * "IFPTE", "AFSCME": capitals only, five letters or more, never written in lower case by the article, nor
     * as a transcript's label ("RAMOS:") or a dateline ("MANCHESTER, N.H. —") at a line's start.
     */
    private boolean isAcronym(String word) {
        return word.length() >= 5 && word.chars().allMatch(Character::isUpperCase)
                && !body.contains(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                && !Pattern.compile("(?:^|\\n)\\W*" + word + "\\b|\\b" + word + "\\s*:").matcher(body).find();
    }

    /** "Forbes", "Boeing": one word the lists hold for the name of an outlet, an organisation or a state body. */
    private static boolean isListedWord(String name) {
        return name != null && name.indexOf(' ') < 0 && (Lexicon.OUTLET_NAMES.contains(name)
                || Lexicon.ORGANISATION_NAMES.contains(name) || Lexicon.GOVERNMENT_NAMES.contains(name));
    }

    /**
     * "Mr. Forbes", "Steve Forbes": a name the article writes after an honorific, a given name with its capital
     * ("will Boeing" is no "Will") or, byTitle, a title ("Sen. Forbes"; but "Islamic State Twitter" has none).
     */
    private boolean writtenAsPerson(String name, boolean byTitle) {
        Matcher before = Pattern.compile("(\\p{L}+)\\.? " + Pattern.quote(name) + "\\b").matcher(body);
        while (before.find()) {
            String word = before.group(1);
            if (isHonorific(word) || Character.isUpperCase(word.charAt(0)) && (byTitle && Lexicon.isTitle(word)
                    || isGivenName(word))) { // "Sen. Forbes", not "a new Marrow poll"
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor's name is a name. A person named by one word is not when that word is a place, a word the
     * lexicon knows is never a name, an ordinary word (one news text writes in lower case, or this article does:
     * "Sources", "Wait", "Supporters"), a group of people ("Republicans") or a nationality ("Russian"), unless the
     * article writes it after an honorific ("Mrs. Clinton", "Mr. Read"). A person named by several ordinary words
     * is not when they are a label in capitals ("FULL TEXT") or open with a word never a name ("When I"), nor when
     * the last word makes a place ("Orange County"). A party-state tag ("I-Vt."), an adjective ("Chicago-based") or
     * a contraction ("I’m") is no name, nor a town the article writes with its state ("Laconia, N.H."), a law or a
     * pact ("Affordable Care Act"), a headline's words after a name, or a body's word alone ("Police", "PAC").
     * Any actor needs a capital letter.
     */
    boolean isName(String name, ActorKind kind, String role) {
        if (name == null || name.isBlank() || name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (name.equals(role)) {
            return true; // "Slovakia’s prime minister", "New Hampshire Democrat": the role is all the article gives
        }
        if (THING_SUFFIXES.contains(name.substring(name.lastIndexOf(' ') + 1)) && name.indexOf(' ') > 0) {
            return false; // "Paris Agreement", "Affordable Care Act": a thing, whatever kind it was taken for
        }
        if (kind != ActorKind.PERSON) { // "N.H.", "I-VT" are no organisations, "Police" or "Bank" no one's name
            return kind == ActorKind.COUNTRY || !isPlaceOrTag(name) && !isBodyWord(name)
                    && !(name.indexOf(' ') > 0 && isLabel(name)); // not "SHORT READS", but "WHO"
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
        if (words.length >= 4 && isOrdinaryNonName(words[words.length - 1])
                && isOrdinaryNonName(words[words.length - 2])) {
            return false; // a headline's words after a name: "Selenis Leyva Got Real About Being Called"
        }
        return !isLabel(name);
    }

    /** Ordinary words in capitals ("FULL TEXT", "SHORT READS") or opening with a word never a name ("When I"). */
    private boolean isLabel(String name) {
        String[] words = name.split(" ");
        boolean label = name.equals(name.toUpperCase(Locale.ROOT)) || Lexicon.NOT_NAMES.contains(words[0]);
        return label && Arrays.stream(words).allMatch(this::isOrdinary);
    }

    private boolean isPlaceOrTag(String name) {
        return Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT)) || PARTY_STATE.matcher(name).matches()
                || towns.contains(name);
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

    /** "Police", "Bank", "PAC": the word that ends a body's name, or names a kind of body, alone. */
    private static boolean isBodyWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Lexicon.ORGANISATION_SUFFIXES.contains(name) || Lexicon.GOVERNMENT_SUFFIXES.contains(name)
                || Lexicon.ORGANISATION_NOUNS.contains(lower) || Lexicon.GOVERNMENT_NOUNS.contains(lower)
                || Lexicon.ORGANISATION_NOUNS.contains(name);
    }

    /** An ordinary word that is no given name ("About", "Called"; not "Grant"). */
    private boolean isOrdinaryNonName(String word) {
        return isOrdinary(word) && !isGivenName(word);
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

    /**
     * A person's name as stored: capitals-only words of five letters or more in title case ("ZELENSKY" →
     * "Zelensky"); a body's capitals are an acronym's and stay ("AFSCME", "F.A.A."), unless the lists write the
     * name in lower case ("POLITICO" → "Politico").
     */
    static String clean(String name, ActorKind kind) {
        if (kind != ActorKind.PERSON) { // "POLITICO" as the lists write it
            String listed = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
            return name.equals(name.toUpperCase(Locale.ROOT)) && (Lexicon.OUTLET_NAMES.contains(listed)
                    || Lexicon.ORGANISATION_NAMES.contains(listed)) ? listed : name;
        }
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

    /**
     * A role as stored: none for a bare honorific ("Mr."), one person's title ("Sen.", not "Sens."); a heading's
     * role in capitals in title case, but not an acronym among words in lower case ("Former NAACP president").
     */
    static String cleanRole(String role) {
        if (role == null || isHonorific(role)) {
            return null;
        }
        String one = role.replaceAll("\\b(Sen|Rep)s\\.", "$1."); // "Sens. Rand Paul and …": each is a senator
        return one.equals(one.toUpperCase(Locale.ROOT)) ? clean(one, ActorKind.PERSON) : one;
    }

    /** The forms the article uses, each cleaned, each once. */
    static List<String> cleanForms(Iterable<String> forms, ActorKind kind) {
        List<String> result = new ArrayList<>();
        for (String form : forms) {
            String cleaned = clean(form, kind);
            if (!result.contains(cleaned)) {
                result.add(cleaned);
            }
        }
        return List.copyOf(result);
    }
}
