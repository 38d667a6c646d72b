package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.actor.NameKey;
import io.newsgraph.ingest.extract.Mention.Gender;
import io.newsgraph.ingest.extract.Mention.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actors one article names, in the order it names them, and what each later reference points at: "Peskov"
 * after "Kremlin spokesperson Dmitry Peskov", "he" to the last named man who was the subject of a sentence,
 * "the French leader" to the last person whose role says French (or leader), "a senior Ukrainian lawmaker" in a
 * lead to the person the next paragraphs name.
 */
final class Cast {

    /** One actor of the article. */
    static final class Member {
        String name;
        final ActorKind kind;
        String role;
        Gender gender;
        final Set<String> forms = new LinkedHashSet<>();

        /** The {@link NameKey} words of the name, kept beside it so that matching does not fold it again. */
        List<String> key;
        /** When this member was last mentioned, in the order mentions were added. */
        int lastAdded;
        /** How often the article made this member a subject (by name or by a pronoun standing for it). */
        int subjectCount;

        Member(Mention m) {
            rename(m.name());
            this.kind = m.kind();
            this.role = m.role();
            this.gender = m.gender();
        }

        void rename(String newName) {
            name = newName;
            key = NameKey.words(newName);
        }
    }

    private record Seen(int position, int member, boolean subject) {}

    /** Words a description may use for a role written differently: "the lawmaker" for an MP. */
    private static final Map<String, List<String>> ROLE_SYNONYMS = Map.of(
            "lawmaker", List.of("mp", "mep", "senator", "congressman", "congresswoman", "representative", "deputy"),
            "leader", List.of("president", "prime", "chancellor", "premier", "king", "leader"),
            "politician", List.of("mp", "senator", "minister", "president", "leader"),
            "official", List.of("minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "official"),
            "diplomat", List.of("foreign", "ambassador", "envoy", "diplomat"));

    /** Nouns by which an article calls a business. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "corporation", "conglomerate");
    /** The endings of organisations' names (`organisations.txt`) that a business may have. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("Corporation", "Company", "Inc.", "Corp.", "LLC", "LLP",
            "Ltd.", "PLC", "Co.", "Holdings", "Industries", "Airlines", "Airways", "Motors", "Enterprises", "Studios",
            "Pharmaceuticals", "Technologies", "Partners", "Group", "Bank", "International");

    private final ActorNames names;
    private final List<Member> members = new ArrayList<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Map<Integer, Integer> byPosition = new HashMap<>();

    /** The names of one article: only a person whose name is a name ({@link ActorNames}) is a pronoun's antecedent. */
    Cast(ActorNames names) {
        this.names = names;
    }

    Member member(int index) {
        return members.get(index);
    }

    int size() {
        return members.size();
    }

    /** Records a named mention (in reading order) and returns its member. */
    int add(Mention named, boolean subject) {
        Integer known = byPosition.get(named.start());
        if (known != null) {
            return known;
        }
        Mention m = names.withKind(named);
        int index = find(m);
        Member member;
        if (index < 0) {
            member = new Member(m);
            members.add(member);
            index = members.size() - 1;
        } else {
            member = members.get(index);
            if (m.name().split(" ").length > member.name.split(" ").length) {
                member.rename(m.name()); // "Putin" first, "Vladimir Putin" later: keep the fuller name
            }
            if (member.role == null) {
                member.role = m.role();
            }
            if (member.gender == Gender.UNKNOWN) {
                member.gender = m.gender();
            }
        }
        member.forms.add(m.surface().replaceFirst("^(?i)(the|a|an) ", ""));
        insertInReadingOrder(new Seen(m.start(), index, subject));
        member.subjectCount += subject ? 1 : 0;
        byPosition.put(m.start(), index);
        member.lastAdded = seen.size();
        return index;
    }

    /**
     * Keeps {@link #seen} in reading order: a speaker's name found while attributing a quote ("…," said X, at an
     * earlier place than the last registered mention) must not count as the latest mention of the article.
     */
    private void insertInReadingOrder(Seen s) {
        int at = seen.size();
        while (at > 0 && seen.get(at - 1).position() > s.position()) {
            at--;
        }
        seen.add(at, s);
    }

    /**
     * A pronoun that is the subject of a sentence ("She has gone public …") is a mention of whoever it refers to, so
     * that a later "she said" continues the same person rather than a name the pronoun chain passed over.
     */
    void addPronoun(Mention m) {
        int member = lastPerson(m.start(), m.gender());
        if (member >= 0) {
            insertInReadingOrder(new Seen(m.start(), member, true));
            members.get(member).subjectCount++;
        }
    }

    boolean knows(Mention m) {
        return m.kind() != ActorKind.PERSON || find(names.withKind(m)) >= 0;
    }

    /** The names of the article, by which each actor's name is judged and stored. */
    ActorNames names() {
        return names;
    }

    /**
     * The member a pronoun speaking a quote refers to: the speaker of the quote just before ({@code recent}, who
     * spoke at {@code spokeAt}) when the gender allows and no one has become a subject since ("…,” said Christine
     * Link. “…,” she said); else as {@link #resolve} finds it.
     */
    int resolveSpeakingPronoun(Mention m, int recent, int spokeAt) {
        int subject = resolve(m);
        if (recent < 0 || recent == subject || m.kind() != ActorKind.PERSON
                || !members.get(recent).gender.compatible(m.gender()) || !isAntecedent(members.get(recent))) {
            return subject;
        }
        for (Seen s : seen) {
            if (s.subject() && s.member() != recent && s.position() > spokeAt && s.position() < m.start()
                    && members.get(s.member()).kind == ActorKind.PERSON
                    && members.get(s.member()).gender.compatible(m.gender())) {
                return subject;
            }
        }
        return recent;
    }

    /**
     * The persons the article names for the first time in [from, to), in reading order: "The British capital's new
     * mayor on Tuesday rejected Donald Trump's offer … by allowing Sadiq Khan" may be either of them.
     */
    List<Integer> introducedIn(int from, int to) {
        Set<Integer> before = new HashSet<>();
        seen.stream().filter(s -> s.position() < from).forEach(s -> before.add(s.member()));
        return seen.stream().filter(s -> s.position() >= from && s.position() < to)
                .map(Seen::member).filter(m -> !before.contains(m) && members.get(m).kind == ActorKind.PERSON)
                .distinct().toList();
    }

    /** The member a mention refers to, or -1 when it cannot be told. */
    int resolve(Mention m) {
        return switch (m.type()) {
            case NAME -> add(m, true);
            case PRONOUN -> m.kind() == ActorKind.PERSON ? lastPerson(m.start(), m.gender())
                    : campaignOf(lastPerson(m.start(), m.gender()), m);
            case DEFINITE_DESCRIPTION -> byRole(m, false);
            case INDEFINITE_DESCRIPTION -> byRole(m, true);
        };
    }

    /** "his campaign" ({@code m}): the campaign of the person the pronoun stands for, or -1. */
    private int campaignOf(int person, Mention m) {
        return person < 0 ? -1 : add(new Mention(m.start(), m.end(), m.surface(), members.get(person).name + " "
                + m.role(), null, m.kind(), Gender.UNKNOWN, Mention.Type.NAME), false);
    }

    /**
     * The member of the same kind whose name matches; when several do ("Fiorina" for Carly and Frank Fiorina), the
     * one the article made a subject most often, as a story calls its main person by the surname alone and a
     * relative by the full name; then the one added to most recently.
     */
    private int find(Mention m) {
        List<String> key = NameKey.words(m.name());
        int best = -1;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (member.kind == m.kind() && NameKey.matches(member.key, key) && (best < 0
                    || member.subjectCount > members.get(best).subjectCount
                    || member.subjectCount == members.get(best).subjectCount
                    && member.lastAdded > members.get(best).lastAdded)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The person a pronoun at {@code position} refers to: the last subject that is clearly a person (a full name or
     * a role), else the last subject, else the last clear person named (beyond subjects a lone capitalised word,
     * "in Vienna", is more often a place). When the last subject is of the other gender, the pronoun continues the
     * person first named after it, of the pronoun's gender if any is, else by full name: "… said John Krystek.
     * Palin’s posts include … “…,” she posted."
     */
    private int lastPerson(int position, Gender gender) {
        int subject = -1;
        int clearPerson = -1;
        int sinceSubject = -1;
        int sameGender = -1;
        for (int k = seen.size() - 1; k >= 0; k--) {
            Seen s = seen.get(k);
            Member member = members.get(s.member());
            if (s.position() >= position || !isAntecedent(member)) {
                continue;
            }
            boolean clear = member.role != null || member.name.indexOf(' ') > 0 || member.subjectCount > 1
                    || member.gender != Gender.UNKNOWN; // "Her father, Brad, …": a given name is a person
            if (!member.gender.compatible(gender)) {
                if (s.subject() && clear && subject < 0 && (sameGender >= 0 || sinceSubject >= 0)) {
                    // "Clinton campaign manager Robby Mook released a memo. He writes …"
                    return sameGender >= 0 ? sameGender : sinceSubject;
                }
                continue;
            }
            if (subject < 0 && !s.subject() && member.gender != Gender.UNKNOWN) {
                sameGender = s.member();
            } else if (subject < 0 && !s.subject() && member.name.indexOf(' ') > 0) {
                sinceSubject = s.member();
            }
            if (clear && s.subject()) {
                return s.member();
            }
            if (s.subject() && subject < 0) {
                subject = s.member();
            } else if (clear && clearPerson < 0) {
                clearPerson = s.member();
            }
        }
        return subject >= 0 ? subject : clearPerson;
    }

    /**
     * A person a pronoun may stand for: not a place or an ordinary word that an attribution made a member ("At a
     * town hall in Salem, New Hampshire, Trump went after Bush, calling him …" gives "calling" a place).
     */
    private boolean isAntecedent(Member member) {
        return member.kind == ActorKind.PERSON && names.isName(member.name, member.kind, member.role);
    }

    /**
     * The outlet or organisation named last before a position: what "the newspaper" or "the group" refers to. A
     * company ("the company", "the firm") is no body whose name says it is something else: after "Acme Oil" and "the
     * Hale Fund", "the company" is Acme Oil.
     */
    private int lastOfKind(ActorKind kind, int position, String role) {
        boolean company = role != null && COMPANY_NOUNS.contains(role.substring(role.lastIndexOf(' ') + 1));
        int best = -1;
        int bestPosition = -1;
        for (Seen s : seen) {
            if (s.position() < position && s.position() > bestPosition && members.get(s.member()).kind == kind
                    && !(company && namedNoCompany(members.get(s.member()).name))) {
                best = s.member();
                bestPosition = s.position();
            }
        }
        return best;
    }

    private int byRole(Mention m, boolean forward) {
        if (m.kind() != ActorKind.PERSON) {
            return forward ? -1 : lastOfKind(m.kind(), m.start(), m.role());
        }
        String[] words = m.role().toLowerCase(Locale.ROOT).split(" ");
        String head = words[words.length - 1];
        List<String> heads = ROLE_SYNONYMS.getOrDefault(head, List.of(head));
        int best = -1;
        for (Seen s : seen) {
            Member member = members.get(s.member());
            boolean before = s.position() < m.start();
            if (member.kind != ActorKind.PERSON || before == forward) {
                continue;
            }
            if (forward) {
                return s.member(); // a lead's "a senior lawmaker" is named right after
            }
            String role = member.role == null ? "" : member.role.toLowerCase(Locale.ROOT);
            if (heads.stream().anyMatch(role::contains) && nationalityAgrees(words, role)) {
                best = s.member();
            }
        }
        return best >= 0 || forward ? best : lastPerson(m.start(), m.gender());
    }

    /** "Hale Fund", "Columbia University": a body whose last word names a kind of body that is no company. */
    private static boolean namedNoCompany(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return Lexicon.ORGANISATION_SUFFIXES.contains(last) && !COMPANY_SUFFIXES.contains(last);
    }

    /** "the French leader" is not a Ukrainian president: any nationality in the description must be in the role. */
    private static boolean nationalityAgrees(String[] descriptionWords, String role) {
        for (String word : descriptionWords) {
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (Lexicon.DEMONYMS.containsKey(capitalised) && !role.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
