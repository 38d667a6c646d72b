package io.newsgraph.synthetic;

import java.util.SplittableRandom;

/** Word lists and sentence templates: enough variety that phrase search and excerpts behave like real news. */
final class SyntheticText {

    /** First names with the other spellings the press uses (the first is canonical). */
    static final String[][] FIRST_NAMES = {
        {"Oleksiy", "Alexey", "Aleksey"}, {"Volodymyr", "Vladimir"}, {"Olaf"}, {"Emmanuel"}, {"Robert"},
        {"Peter", "Péter"}, {"Maria"}, {"Sergei", "Sergey"}, {"David"}, {"Annalena"}, {"Kaja"}, {"Jens"},
        {"Ursula"}, {"Antony", "Anthony"}, {"Dmytro", "Dmitry"}, {"Giorgia"}, {"Donald"}, {"Mark"}, {"Pedro"},
        {"Radoslaw", "Radosław"}, {"Andrzej"}, {"Viktor"}, {"Mette"}, {"Gabrielius"}};

    static final String[] LAST_NAMES = {"Goncharenko", "Zelensky", "Scholz", "Macron", "Fico", "Szijjarto",
        "Zakharova", "Shoigu", "Cameron", "Baerbock", "Kallas", "Stoltenberg", "von der Leyen", "Blinken",
        "Kuleba", "Meloni", "Tusk", "Rutte", "Sanchez", "Sikorski", "Duda", "Orban", "Frederiksen",
        "Landsbergis", "Lavrov", "Borrell", "Sunak", "Nauseda", "Costa", "Stubb"};

    static final String[] COUNTRIES = {"France", "Germany", "Ukraine", "Russia", "United Kingdom", "Slovakia",
        "Hungary", "Poland", "Lithuania", "Estonia", "Italy", "Spain", "United States", "Denmark", "Finland",
        "Netherlands", "Sweden", "Latvia", "Romania", "Czech Republic"};

    static final String[] ORGANISATIONS = {"NATO", "European Union", "United Nations", "OSCE",
        "International Atomic Energy Agency", "Red Cross", "World Bank", "IMF", "Council of Europe", "G7"};

    static final String[] OUTLETS = {"Dagens.com", "RT", "Reuters", "BBC News", "Le Monde", "Der Spiegel",
        "Kyiv Independent", "Politico Europe", "The Guardian", "TASS", "Euronews", "Associated Press"};

    static final String[] DOMAINS = {"dagens.com", "rt.com", "reuters.com", "bbc.co.uk", "lemonde.fr",
        "spiegel.de", "kyivindependent.com", "politico.eu", "theguardian.com", "tass.com", "euronews.com",
        "apnews.com"};

    /** UTC offset of each outlet's timestamps, in hours. */
    static final int[] OUTLET_OFFSETS = {2, 3, 0, 1, 2, 2, 3, 2, 1, 3, 2, -4};

    static final String[] AUTHORS = {"Henrik Rothen", "Anna Petrova", "James Miller", "Claire Dubois",
        "Lukas Weber", "Olena Kovalenko", "Sarah Johnson", "Marco Rossi", null, "Tomasz Nowak"};

    static final String[] ROLES = {"Ukrainian MP", "President", "Chancellor", "Foreign Minister", "Prime Minister",
        "spokeswoman of the Foreign Ministry", "Defence Minister", "Secretary General", "EU foreign policy chief",
        "ambassador", "senator", "security analyst"};

    static final String[] CITIES = {"KYIV", "PARIS", "BERLIN", "MOSCOW", "LONDON", "BRUSSELS", "WARSAW",
        "BRATISLAVA", "BUDAPEST", "VILNIUS", "WASHINGTON", "ROME"};

    private static final String[] SUBJECTS = {"Europe", "Our government", "The alliance", "We", "Ukraine",
        "The West", "Nobody in this room", "Our partners", "This decision", "Moscow", "The coalition",
        "Every member state"};

    private static final String[] VERBS = {"must not rule out", "will continue to support", "cannot accept",
        "is ready to discuss", "should reconsider", "will never recognise", "has to strengthen",
        "is not afraid of", "will not tolerate", "must prepare for", "has no plans for", "strongly welcomes"};

    private static final String[] OBJECTS = {"sending troops", "the peace plan", "new sanctions",
        "energy security", "the ceasefire proposal", "a negotiated settlement", "air defence deliveries",
        "the grain corridor", "the frozen assets", "NATO membership", "long-range missiles", "security guarantees",
        "a very good signal", "an escalation", "the reconstruction fund"};

    private static final String[] TAILS = {"", " in the coming weeks", ", whatever it takes",
        " as long as necessary", " before the summit", ", and everyone knows it", " under any circumstances",
        " this year", ", and that is absolutely possible", " without delay"};

    private static final String[] FILLER = {
        "Officials met behind closed doors for several hours on %s.",
        "The talks in %s ended without a joint statement.",
        "Diplomats in %s said the discussion would continue next week.",
        "Markets reacted cautiously to the news from %s.",
        "Analysts in %s described the situation as tense but stable.",
        "The remarks were made as delegations gathered in %s.",
        "Opposition politicians in %s demanded a debate in parliament.",
        "A spokesperson in %s declined to comment further."};

    static final String[] VENUES = {"in an interview with LCI", "at a press conference", "on social media",
        "in a televised address", "during a parliamentary debate", "at the Munich Security Conference",
        "in a statement to reporters", "on state television"};

    private SyntheticText() {
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** One quotable sentence, without the final full stop's quotes around it. */
    static String claim(SplittableRandom random) {
        String sentence = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS)
                + pick(random, TAILS) + ".";
        return random.nextInt(4) == 0
                ? sentence + " " + pick(random, SUBJECTS) + " " + pick(random, VERBS) + " "
                        + pick(random, OBJECTS) + "."
                : sentence;
    }

    static String filler(SplittableRandom random) {
        return String.format(pick(random, FILLER), capitalised(pick(random, CITIES).toLowerCase()));
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "criticised" in "X criticised Y's remarks." */
    static String reactionVerb(String stance) {
        return switch (stance) {
            case "SUPPORTS" -> "backed";
            case "PRAISES" -> "praised";
            case "ECHOES" -> "echoed";
            case "ACKNOWLEDGES" -> "acknowledged";
            case "DOUBTS" -> "questioned";
            case "CRITICIZES" -> "criticised";
            case "OPPOSES" -> "opposed";
            case "REJECTS" -> "rejected";
            default -> "warned against";
        };
    }
}
