package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Mention.Gender;
import io.newsgraph.ingest.extract.Mention.Type;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds actor mentions in a run of tokens. A capitalised run is split into a role (titles, nationality
 * adjectives, institutions: "Russian Foreign Ministry spokeswoman") and a name ("Maria Zakharova"); a run that is
 * all role is an organisation or a country when it names one. "the"/"a" followed by role words is a description.
 */
final class Mentions {

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "al", "da", "di",
            "del", "la", "le", "du", "ibn", "el");
    private static final int MAX_RUN = 9;
    /** Nouns a party word describes ("the New York Republican primary", "Disconsolate Republican operatives"). */
    private static final Set<String> PARTY_THINGS = Set.of("primary", "primaries", "caucus", "caucuses", "party",
            "convention", "nomination", "nominating", "race", "establishment", "operative", "operatives", "voters",
            "electorate", "base", "debate", "debates", "ticket", "platform", "field", "leadership", "majority");

    private Mentions() {}

    static List<Mention> all(List<Token> tokens) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Mention m = at(tokens, i);
            if (m != null) {
                result.add(m);
                i = Tokens.indexAt(tokens, m.end()) - 1;
            }
        }
        return result;
    }

    /** The longest mention that ends with token k, or null. */
    static Mention endingAt(List<Token> tokens, int k) {
        for (int j = Math.max(0, k - MAX_RUN); j <= k; j++) {
            Mention m = at(tokens, j);
            if (m != null && m.end() == tokens.get(k).end()) {
                return m;
            }
        }
        return null;
    }

    /** The mention that starts at token i, or null. */
    static Mention at(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.is("he", "she")) {
            return new Mention(first.start(), first.end(), first.text(), null, null, ActorKind.PERSON,
                    first.is("she") ? Gender.FEMALE : Gender.MALE, Type.PRONOUN);
        }
        if (first.is("his", "her") && i + 1 < tokens.size() && tokens.get(i + 1).is("campaign")
                && (i + 2 == tokens.size() || !Lexicon.isTitle(tokens.get(i + 2).text()))) {
            // "his campaign said": the campaign of whoever the pronoun stands for; not "his campaign manager"
            return new Mention(first.start(), tokens.get(i + 1).end(), first.text() + " " + tokens.get(i + 1).text(),
                    null, tokens.get(i + 1).lower(), ActorKind.ORGANISATION, first.is("her") ? Gender.FEMALE
                    : Gender.MALE, Type.PRONOUN);
        }
        if (first.is("the", "a", "an") && i + 1 < tokens.size()) {
            return description(tokens, i);
        }
        if (!first.isCapitalized() && Lexicon.isTitle(first.text()) && i + 1 < tokens.size()
                && tokens.get(i + 1).isCapitalized() && !Lexicon.NOT_NAMES.contains(tokens.get(i + 1).text())) {
            Mention titled = capitalisedRun(tokens, i, i);
            return titled != null && titled.kind() == ActorKind.PERSON ? titled : null;
        }
        if (!first.isCapitalized() || !first.isWord() || Lexicon.NOT_NAMES.contains(first.text())
                || (first.lower().endsWith("ing") && !Lexicon.isTitle(first.text()) && !namesABody(tokens, i)
                && !surnameInIng(tokens, i)) || Lexicon.isReportingVerb(first.text())) {
            return null; // "Speaking to reporters, …", "Stated Stone:", but "Beijing said", "Boreing said"
        }
        Mention run = capitalisedRun(tokens, i, i);
        int after = run == null ? -1 : Tokens.indexAt(tokens, run.end());
        return after >= 0 && after < tokens.size() && tokens.get(after).isPossessive()
                ? campaign(tokens, run, after + 1) : run; // "Trump's campaign"
    }

    /**
     * "the Clinton campaign", "Trump's campaign": a person's name before "campaign" (at token k) names the
     * campaign, an organisation that speaks in its own right; not "the Clinton campaign manager", a person's role.
     */
    private static Mention campaign(List<Token> tokens, Mention named, int k) {
        if (named.kind() == ActorKind.COUNTRY) {
            return stateBody(tokens, named, k);
        }
        if (named.kind() != ActorKind.PERSON || named.type() != Type.NAME || k >= tokens.size()
                || !tokens.get(k).is("campaign", "office")
                || k + 1 < tokens.size() && Lexicon.isTitle(tokens.get(k + 1).text())) {
            return named;
        }
        Token noun = tokens.get(k);
        if (noun.is("office")) { // "Ryan's office said": an office holder's staff, a state body
            return k < 1 || !tokens.get(k - 1).isPossessive() ? named : new Mention(named.start(), noun.end(),
                    named.surface() + "’s office", named.name() + "’s office", null, ActorKind.GOVERNMENT,
                    Gender.UNKNOWN, Type.NAME);
        }
        return new Mention(named.start(), noun.end(), named.surface() + " " + noun.text(), named.name() + " campaign",
                null, ActorKind.ORGANISATION, Gender.UNKNOWN, Type.NAME);
    }

    /**
     * "China's foreign ministry", "Russia's military": a country's state body (the group noun from token k) speaks
     * for the country; not "China's foreign ministry spokesman", a person's role.
     */
    private static Mention stateBody(List<Token> tokens, Mention country, int k) {
        int last = k + 1 < tokens.size() && Lexicon.GROUP_NOUNS.contains(tokens.get(k).lower() + " "
                + tokens.get(k + 1).lower()) ? k + 1 : k < tokens.size() && Lexicon.GROUP_NOUNS.contains(
                tokens.get(k).lower()) ? k : -1;
        if (last < 0 || last + 1 < tokens.size() && Lexicon.isTitle(tokens.get(last + 1).text())) {
            return country;
        }
        String noun = text(tokens, k, last);
        return new Mention(country.start(), tokens.get(last).end(), text(tokens, Tokens.indexAt(tokens,
                country.start()), last), country.name() + "’s " + noun, null, ActorKind.GOVERNMENT, Gender.UNKNOWN,
                Type.NAME);
    }

    private static Mention description(List<Token> tokens, int i) {
        int j = i + 1;
        if (tokens.get(j).isCapitalized() && !ActorNames.isAdjective(tokens.get(j).text())
                && !Lexicon.NOT_NAMES.contains(tokens.get(j).text())) { // not "a June Trump campaign event"
            Mention named = capitalisedRun(tokens, j, i);
            int after = named == null ? -1 : Tokens.indexAt(tokens, named.end());
            boolean roleFollows = after >= 0 && after < tokens.size() && !tokens.get(after).isCapitalized()
                    && Lexicon.isTitle(tokens.get(after).text());
            if (named != null && !(named.kind() != ActorKind.PERSON && roleFollows)) {
                ActorKind noun = after < tokens.size() && !tokens.get(after).isCapitalized()
                        && !tokens.get(after).is("campaign", "office", "administration")
                        ? bodyNounKind("", tokens.get(after).lower()) : null;
                if (noun != null && named.kind() == ActorKind.PERSON && named.role() == null) {
                    return bodyDescription(tokens, i, after, noun); // "a Baton Rouge newspaper": no person's name
                }
                if (!tokens.get(i).is("the")) {
                    return campaign(tokens, named, after); // "a Clinton campaign", "a New Hampshire Democrat"
                }
                if (partyMember(named.name()) && named.name().equals(named.role())) {
                    // "the Florida Republican": a description of someone named before
                    return new Mention(tokens.get(i).start(), named.end(), text(tokens, i, after - 1), null,
                            named.role(), ActorKind.PERSON, Gender.UNKNOWN, Type.DEFINITE_DESCRIPTION);
                }
                return bodyByArticle(tokens, named, after) ? named.as(ActorKind.ORGANISATION)
                        : campaign(tokens, named, after); // "the Clinton campaign"
            }
        }
        int head = -1;
        for (; j < tokens.size() && j <= i + 5 && tokens.get(j).isWord(); j++) {
            Token t = tokens.get(j);
            String pair = j + 1 < tokens.size() ? t.lower() + " " + tokens.get(j + 1).lower() : "";
            if (Lexicon.GROUP_NOUNS.contains(pair)) {
                return group(tokens, i, j + 1);
            }
            if (Lexicon.GROUP_NOUNS.contains(t.lower())) {
                return group(tokens, i, j);
            }
            ActorKind body = bodyNounKind(pair, t.lower());
            if (body != null && head < 0) {
                int last = Lexicon.OUTLET_NOUNS.contains(pair) || Lexicon.ORGANISATION_NOUNS.contains(pair) ? j + 1 : j;
                boolean ofSomeone = last + 1 < tokens.size() && (tokens.get(last + 1).isPossessive()
                        || Lexicon.isTitle(tokens.get(last + 1).text())); // "the campaign manager", "the group's"
                Mention named = last + 1 < tokens.size() && tokens.get(last + 1).isCapitalized()
                        ? capitalisedRun(tokens, last + 1, last + 1) : null;
                int after = named == null ? -1 : Tokens.indexAt(tokens, named.end());
                if (named != null && after < tokens.size() && !tokens.get(after).isWord()
                        && tokens.subList(i + 1, j).stream().noneMatch(w -> w.is("the", "a", "an", "of"))
                        && bodyByArticle(tokens, named, after)) {
                    return named.as(body); // "the gossip site Gawker,", not "the kind of campaign Ayotte hoped"
                }
                return ofSomeone ? null : namedBody(tokens, i, j, last, body);
            }
            if (head < 0 && t.is("from", "by", "with", "at", "to", "in", "on", "for", "against")) {
                return null; // "The remarks drew criticism from Senator X": the title opens a name after a preposition
            }
            if (Lexicon.isTitle(t.text()) && !t.is("the", "new", "former", "top", "senior", "acting", "state")) {
                head = j;
            } else if (head >= 0) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        Token det = tokens.get(i);
        String role = text(tokens, i + 1, head);
        return new Mention(det.start(), tokens.get(head).end(), text(tokens, i, head), null, role, ActorKind.PERSON,
                genderOf(role), det.is("the") ? Type.DEFINITE_DESCRIPTION : Type.INDEFINITE_DESCRIPTION);
    }

    /** The kind of body a noun of a description names ("newspaper", "think tank", "ministry"), or null. */
    private static ActorKind bodyNounKind(String pair, String word) {
        return Lexicon.OUTLET_NOUNS.contains(pair) || Lexicon.OUTLET_NOUNS.contains(word) ? ActorKind.MEDIA_OUTLET
                : Lexicon.ORGANISATION_NOUNS.contains(pair) || Lexicon.ORGANISATION_NOUNS.contains(word)
                ? ActorKind.ORGANISATION : Lexicon.GOVERNMENT_NOUNS.contains(word) ? ActorKind.GOVERNMENT : null;
    }

    /**
     * "According to the Daily Caller,", "The Federalist reported": a name written after "the" with no title, ending
     * a phrase or before a reporting verb, names a body; a person's name takes no article. Not "the Clinton
     * campaign" (a noun follows), nor "the Republican" (a member of a group).
     */
    private static boolean bodyByArticle(List<Token> tokens, Mention named, int after) {
        if (named.kind() != ActorKind.PERSON || named.type() != Type.NAME || named.role() != null) {
            return false;
        }
        String name = named.name();
        if (Lexicon.NOT_NAMES.contains(name) || Lexicon.COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT))
                || Arrays.stream(name.split(" ")).anyMatch(w -> ActorNames.isGroupOfPeople(w)
                        || Lexicon.DEMONYMS.containsKey(w))) {
            return false; // "the Sunday", "the Republican", "the Russians"
        }
        return after < 0 || after >= tokens.size() || !tokens.get(after).isWord()
                || Lexicon.isReportingVerb(tokens.get(after).text());
    }

    /**
     * "Florida Republican", "Sarasota Republican": a member of a party or group, called by the place they are from,
     * with no name given; not "Presumptive Democratic" (an ordinary word), "Grant Republican" (a given name) nor
     * "Sen. Republican" (a title).
     */
    private static boolean partyMember(String words) {
        int last = words.lastIndexOf(' ');
        if (last < 0 || !Lexicon.GROUPS_OF_PEOPLE.contains(words.substring(last + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String from = words.substring(0, last);
        return Lexicon.PLACES.contains(from.toLowerCase(Locale.ROOT)) || !ActorNames.isGivenName(from.split(" ")[0])
                && Arrays.stream(from.split(" ")).noneMatch(w -> Lexicon.isTitle(w)
                        || Lexicon.COMMON_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * "the nationalist Global Times tabloid", "the conservative Heritage Foundation": capitalised words right before
     * the noun (at token {@code noun}) name the body itself; without them the description refers back.
     */
    private static Mention namedBody(List<Token> tokens, int det, int noun, int last, ActorKind kind) {
        int first = noun;
        while (first - 1 > det && tokens.get(first - 1).isCapitalized()) {
            first--;
        }
        boolean modifiers = tokens.subList(det + 1, first).stream().noneMatch(t -> t.is("the", "a", "an", "of"));
        if (first == noun || !modifiers) { // "a letter the Sanders campaign sent" is no description of a campaign
            return bodyDescription(tokens, det, last, kind);
        }
        // "the conservative Heritage Foundation", "the Global Times tabloid", but "the pro-Clinton Priorities USA PAC"
        boolean nounNames = tokens.get(noun).isCapitalized() || kind == ActorKind.ORGANISATION;
        String name = text(tokens, first, nounNames ? last : noun - 1);
        return new Mention(tokens.get(det).start(), tokens.get(last).end(), text(tokens, det, last), name, null, kind,
                Gender.UNKNOWN, Type.NAME);
    }

    /** "the newspaper", "the conservative group": refers back to the last outlet or organisation named. */
    private static Mention bodyDescription(List<Token> tokens, int det, int last, ActorKind kind) {
        Token start = tokens.get(det);
        return new Mention(start.start(), tokens.get(last).end(), text(tokens, det, last), null,
                text(tokens, det + 1, last), kind, Gender.UNKNOWN,
                start.is("the") ? Type.DEFINITE_DESCRIPTION : Type.INDEFINITE_DESCRIPTION);
    }

    private static Mention group(List<Token> tokens, int det, int last) {
        if (last == det + 1 && Lexicon.GOVERNMENT_NOUNS.contains(tokens.get(last).lower())) {
            return bodyDescription(tokens, det, last, ActorKind.GOVERNMENT); // "the ministry" names no one by itself
        }
        String name = text(tokens, det + 1, last);
        return new Mention(tokens.get(det).start(), tokens.get(last).end(), text(tokens, det, last), name, null,
                ActorKind.GOVERNMENT, Gender.UNKNOWN, Type.NAME);
    }

    /** A capitalised run from token i (a role, a name, or both); mentionStart is the first token of the mention. */
    private static Mention capitalisedRun(List<Token> tokens, int i, int mentionStart) {
        int end = i;
        int lastCapital = -1;
        while (end < tokens.size() && end < i + MAX_RUN) {
            Token t = tokens.get(end);
            boolean continues = t.isWord() && (t.isCapitalized() || Lexicon.isTitle(t.text())
                    || (PARTICLES.contains(t.text()) && end > i))
                    || (t.isPossessive() && end > i && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized());
            if (!continues || (end > i && Lexicon.NOT_NAMES.contains(t.text()) && !t.is("Mr", "Mrs", "Ms", "Dr")
                    && !afterGivenName(tokens, end) && !afterHonorific(tokens, end)
                    && !Lexicon.ORGANISATION_SUFFIXES.contains(t.text()))) {
                break;
            }
            if (t.isCapitalized()) {
                lastCapital = end;
            }
            end++;
        }
        if (lastCapital < 0) {
            return null;
        }
        int from = tokens.get(mentionStart).start();
        int to = tokens.get(lastCapital).end();
        String surface = text(tokens, mentionStart, lastCapital);
        String whole = text(tokens, i, lastCapital);
        String wholeCountry = Lexicon.country(whole);
        if (wholeCountry != null) {
            return new Mention(from, to, surface, wholeCountry, null, ActorKind.COUNTRY, Gender.UNKNOWN, Type.NAME);
        }
        int nameStart = lastCapital + 1;
        if (surnameLikeDemonym(tokens, i, lastCapital, end) || lastCapital > i
                && (afterGivenName(tokens, lastCapital) || afterHonorific(tokens, lastCapital))) {
            nameStart = lastCapital; // "Tom Fox", "Mr. Fox", "Theresa May": a surname that is also an outlet or a word
        }
        while (nameStart > i && !isRoleWord(tokens.get(nameStart - 1))) {
            nameStart--;
        }
        if (lastCapital - nameStart >= 2 && Lexicon.GROUPS_OF_PEOPLE.contains(tokens.get(nameStart).lower())) {
            nameStart++; // "Democrat Hillary Clinton": the party is her role, "Hillary Clinton" her name
        }
        boolean ofTitle = nameStart == i && i >= 2 && tokens.get(i - 1).is("of")
                && Lexicon.isTitle(tokens.get(i - 2).text());
        while (ofTitle && lastCapital - nameStart >= 2 && isCommonNonName(tokens.get(nameStart))) {
            nameStart++; // "Chief of Staff Katie Walsh": the words after "of" end the title
        }
        int roleEnd = end;
        while (roleEnd < tokens.size() && tokens.get(roleEnd).isWord() && !tokens.get(roleEnd).isCapitalized()
                && Lexicon.isTitle(tokens.get(roleEnd).text())) {
            roleEnd++;
        }
        if (nameStart > lastCapital && end < tokens.size() && tokens.get(end).isPossessive() && roleEnd == end) {
            roleEnd = end + 1;
            while (roleEnd < tokens.size() && tokens.get(roleEnd).isWord()
                    && Lexicon.isTitle(tokens.get(roleEnd).text())
                    && !tokens.get(roleEnd).isCapitalized()) {
                roleEnd++;
            }
            if (roleEnd > end + 1) {
                // "Slovakia’s prime minister" with no name given: the role is all the article calls them
                String role = text(tokens, i, roleEnd - 1);
                return new Mention(from, tokens.get(roleEnd - 1).end(), role, role, role, ActorKind.PERSON,
                        genderOf(role), Type.NAME);
            }
        }
        if (nameStart > lastCapital) {
            return institution(tokens, i, lastCapital, from, to, surface);
        }
        String name = text(tokens, nameStart, lastCapital);
        String role = nameStart > i ? text(tokens, roleStart(tokens, i), nameStart - 1) : null;
        if (role != null && Lexicon.PLACES.contains(whole.toLowerCase(Locale.ROOT))) {
            name = whole; // "New Hampshire" is a place, not a "Hampshire" titled "New"
            role = null;
        }
        String country = Lexicon.country(name);
        if (country != null) {
            return new Mention(from, to, surface, country, role, ActorKind.COUNTRY, Gender.UNKNOWN, Type.NAME);
        }
        ActorKind body = Lexicon.institutionKind(text(tokens, mentionStart, lastCapital), // "The Hill"
                tokens.get(lastCapital).text());
        if (body == null && (role == null || !Lexicon.isTitle(role.substring(role.lastIndexOf(' ') + 1)))) {
            body = Lexicon.institutionKind(name, tokens.get(lastCapital).text()); // "Mr. Fox", "Sen. Ford": a person
        }
        if (body != null) { // "The Hill" keeps the article its name is listed with
            String listed = "The " + whole;
            boolean withArticle = !Lexicon.OUTLET_NAMES.contains(whole) && Lexicon.OUTLET_NAMES.contains(listed);
            return new Mention(from, to, surface, withArticle ? listed : whole, null, body, Gender.UNKNOWN, Type.NAME);
        }
        if (ActorNames.isGroupName(name) && (i > 0 && tokens.get(i - 1).is("of", "for", "and")
                || lastCapital + 1 < tokens.size() && tokens.get(lastCapital + 1).is("of"))) {
            return null; // part of a longer name: "Council of Economic Advisers", "Communications Workers of America"
        }
        if (partyMember(whole)) { // the role is all the article calls them; "New York Republican primary" no one
            return lastCapital + 1 < tokens.size() && PARTY_THINGS.contains(tokens.get(lastCapital + 1).text()) ? null
                    : new Mention(from, to, surface, whole, whole, ActorKind.PERSON, Gender.UNKNOWN, Type.NAME);
        }
        if (nameStart == lastCapital && name.replace(".", "").length() <= 4 // "NRA", "F.A.A.", not "N.C."
                && name.equals(name.toUpperCase(Locale.ROOT)) && !Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT))
                || ActorNames.isGroupName(name)
                || ActorNames.isOrdinaryPhrase(name) && !name.equals(name.toUpperCase(Locale.ROOT))) {
            // "Black Lives Matter", "Business Insider"; not a label ("FULL TEXT")
            return new Mention(from, to, surface, name, role, ActorKind.ORGANISATION, Gender.UNKNOWN, Type.NAME);
        }
        if (role != null && role.indexOf('-') > 0 && ActorNames.isAdjective(role) && name.indexOf(' ') < 0
                && !ActorNames.isGivenName(name)) { // "Dublin-based Shire", not "Texas-based Matt Mackowiak"
            return new Mention(from, to, surface, name, null, ActorKind.ORGANISATION, Gender.UNKNOWN, Type.NAME);
        }
        Gender gender = genderOf(role);
        if (gender == Gender.UNKNOWN) {
            gender = genderOfName(name); // "Maria Lind": a given name can say what the role does not
        }
        return new Mention(from, to, surface, name, role, ActorKind.PERSON, gender, Type.NAME);
    }

    /**
     * Where the role of a name whose run starts at token i starts: before it when a title and "of" stand there
     * ("Former Secretary of State John Kerry", "Chief of Staff Katie Walsh"), else at i.
     */
    private static int roleStart(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).is("of") || !Lexicon.isTitle(tokens.get(i - 2).text())) {
            return i;
        }
        int start = i - 2;
        while (start > 0 && tokens.get(start - 1).isCapitalized() && Lexicon.isTitle(tokens.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    /** A word ending in "ing" that news text does not write in lower case, next to a reporting verb: a surname. */
    private static boolean surnameInIng(List<Token> tokens, int i) {
        return !Lexicon.COMMON_WORDS.contains(tokens.get(i).lower())
                && (i + 1 < tokens.size() && Lexicon.isReportingVerb(tokens.get(i + 1).text())
                || i > 0 && Lexicon.isReportingVerb(tokens.get(i - 1).text()));
    }

    /** A word ending in "ing" that is a country's name or form, or opens the name of a body. */
    private static boolean namesABody(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        return Lexicon.country(word) != null || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && Lexicon.institutionKind(word + " " + tokens.get(i + 1).text(), tokens.get(i + 1).text()) != null;
    }

    /** "Mrs. May", "Dr Fox": after an honorific a word the lists hold for ordinary is a surname. */
    private static boolean afterHonorific(List<Token> tokens, int k) {
        String previous = tokens.get(k - 1).text().replace(".", "");
        return ActorNames.isHonorific(previous) || previous.equals("Dr");
    }

    /** A word news text writes in lower case ("Staff", "Affairs") that is no given name ("Bill", "Mark"). */
    private static boolean isCommonNonName(Token t) {
        return Lexicon.COMMON_WORDS.contains(t.lower()) && !ActorNames.isGivenName(t.lower());
    }

    /** "Ian Read", "Al From": a word the lists take for an ordinary one is a surname right after a given name. */
    private static boolean afterGivenName(List<Token> tokens, int k) {
        return ActorNames.isGivenName(tokens.get(k - 1).lower());
    }

    /**
     * "Mark Cuban", or "Cuban said": a nationality word ending a run is a surname after a first name or before a
     * reporting verb or after one ("said Cuban"); elsewhere ("Russian officials") it is part of a role.
     */
    private static boolean surnameLikeDemonym(List<Token> tokens, int i, int last, int end) {
        if (!Lexicon.DEMONYMS.containsKey(tokens.get(last).text())) {
            return false;
        }
        return last > i && !isRoleWord(tokens.get(last - 1))
                || end < tokens.size() && Lexicon.isReportingVerb(tokens.get(end).text())
                || i > 0 && Lexicon.isReportingVerb(tokens.get(i - 1).text());
    }

    private static Mention institution(List<Token> tokens, int i, int last, int from, int to, String surface) {
        String whole = text(tokens, i, last);
        ActorKind body = Lexicon.institutionKind(whole, tokens.get(last).text());
        return body == null ? null : new Mention(from, to, surface, whole, null, body, Gender.UNKNOWN, Type.NAME);
    }

    private static boolean isRoleWord(Token t) {
        if (PARTICLES.contains(t.text())) {
            return false; // the "de" of "Jan de Vries"
        }
        return Lexicon.isTitle(t.text()) || Lexicon.DEMONYMS.containsKey(t.text()) || t.isPossessive()
                || ActorNames.isAdjective(t.text()) // "Texas-based Matt Mackowiak"
                || Lexicon.institutionKind(t.text(), "") != null || Lexicon.country(t.text()) != null
                || !t.isCapitalized();
    }

    static Gender genderOf(String words) {
        if (words == null) {
            return Gender.UNKNOWN;
        }
        for (String word : words.split("[\\s.]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (Lexicon.FEMALE_HINTS.contains(w)) {
                return Gender.FEMALE;
            }
            if (Lexicon.MALE_HINTS.contains(w)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The gender a person's name tells by its given names: the last word of a name of several words is a surname,
     * which says nothing ("Mattie Thomas" is no man, "Democrat Hillary Clinton" is a woman).
     */
    static Gender genderOfName(String name) {
        int lastSpace = name.lastIndexOf(' ');
        return genderOf(lastSpace < 0 ? name : name.substring(0, lastSpace));
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (k > from && !t.isPossessive()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
