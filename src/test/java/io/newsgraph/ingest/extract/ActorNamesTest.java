package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actor.ActorKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class ActorNamesTest {

    private final ActorNames names = new ActorNames("The economy grew. The young voters hoped for a grant.");

    private boolean person(String name) {
        return names.isName(name, ActorKind.PERSON, null);
    }

    @Test
    void aLabelInCapitalsOrARunOpeningWithANonNameIsNoName() {
        assertFalse(person("FULL TEXT"));
        assertFalse(person("When I"));
        assertTrue(person("Grant Young")); // ordinary words, but written as a name
        assertTrue(person("NANCY PELOSI"));
    }

    @Test
    void ordinaryWordsEndingInAPluralNounNameAGroup() {
        assertTrue(ActorNames.isGroupName("Economic Advisers"));
        assertTrue(ActorNames.isGroupName("CORE Teachers"));
        assertFalse(ActorNames.isGroupName("Jeff Sessions"));
        assertFalse(ActorNames.isGroupName("Teachers"));
    }

    @Test
    void aPartyStateTagAnAdjectiveOrAContractionIsNoName() {
        assertFalse(person("I-Vt."));
        assertFalse(person("D-N.Y."));
        assertFalse(person("Chicago-based"));
        assertFalse(person("I’m"));
        assertTrue(person("Ban Ki-moon"));
        assertTrue(person("O’Malley"));
    }

    @Test
    void aNationalityOrAPlaceIsNoPerson() {
        assertFalse(person("Russian"));
        assertFalse(person("Fairfax County"));
        assertFalse(person("Wall Street"));
        assertTrue(person("Mark Cuban"));
        assertTrue(person("Anita Hill"));
    }

    @Test
    void aDottedAcronymKeepsItsCapitals() {
        assertEquals("F.A.A.", ActorNames.clean("F.A.A.", ActorKind.ORGANISATION));
        assertEquals("Zelensky", ActorNames.clean("ZELENSKY", ActorKind.PERSON));
    }

    @Test
    void aGroupAPlaceOrAPartyTagIsNoActor() {
        assertFalse(person("Millennial Democrats"));
        assertFalse(person("Anti-Trump Republicans"));
        assertFalse(person("Louisville"));
        assertFalse(names.isName("N.H.", ActorKind.ORGANISATION, null));
        assertFalse(names.isName("I-VT", ActorKind.ORGANISATION, null));
        assertTrue(names.isName("New Hampshire Democrat", ActorKind.PERSON, "New Hampshire Democrat"));
        assertTrue(ActorNames.isOrdinaryPhrase("Black Lives Matter"));
        assertFalse(ActorNames.isOrdinaryPhrase("Grant Young"));
    }

    private static Extraction.Actor actor(Extracted e, String name) {
        return e.extraction().actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + e.extraction().actors()));
    }

    @Test
    void theTitleLeavesTheNameAndTheKindFollowsTheWords() {
        Extracted e = Extracted.from("The union will sit out the race, UMWA Director of Government Affairs Phil"
                + " Smith told POLITICO this week. According to the Daily Caller, the aide resigned. The liberal gossip"
                + " site Gawker, which set a trap, said it worked. Japan's defense ministry said the drills were"
                + " routine. Reporter Jomana Karadsheh says the crowd was angry. The Senate Intelligence Committee said"
                + " it would look.");
        assertEquals("Director of Government Affairs", actor(e, "Phil Smith").role());
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "Daily Caller").kind());
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "Gawker").kind());
        assertEquals(ActorKind.GOVERNMENT, actor(e, "Japan’s defense ministry").kind());
        assertEquals("Reporter", actor(e, "Jomana Karadsheh").role());
        assertEquals(ActorKind.GOVERNMENT, actor(e, "Senate Intelligence Committee").kind());
    }

    @Test
    void theArticleShowsWhichNamesAreBodies() {
        Extracted e = Extracted.from("Zorblax said sales fell. Ann Veld, Zorblax's longtime chief executive, agreed."
                + " Smaller employers such as Quendrix and Talloway objected. \"We object,\" Quendrix said."
                + " \"It is unfair,\" Talloway said. A new Marrow poll found support falling, Marrow said."
                + " \"No listing was ours,\" BidHammer.com said. \"We fly,\" SkyGlide said."
                + " \"We strike,\" FRPTU said.");
        for (String body : List.of("Zorblax", "Quendrix", "Talloway", "Marrow", "BidHammer.com", "SkyGlide", "FRPTU")) {
            assertEquals(ActorKind.ORGANISATION, actor(e, body).kind(), body);
        }
    }

    @Test
    void aCompanysChiefWrittenWithOfAndAPartyWordBeforeARaceNameNoPerson() {
        Extracted e = Extracted.from("Ann Kale, the chief executive of Vexlor, spoke first. \"We grow,\" Vexlor said."
                + " \"It is close,\" the Ohio Republican primary showed, Kale said.");
        assertEquals(ActorKind.ORGANISATION, actor(e, "Vexlor").kind());
        assertTrue(e.extraction().actors().stream().noneMatch(a -> a.name().contains("Ohio")),
                e.extraction().actors().toString());
    }

    @Test
    void aNameTheArticleWritesAfterAGivenNameStaysAPerson() {
        Extracted e = Extracted.from("Ann Quendrix spoke first. Large employers such as Quendrix were absent,"
                + " Quendrix said.");
        assertEquals(ActorKind.PERSON, actor(e, "Ann Quendrix").kind());
    }

    @Test
    void aTranscriptLabelOrADatelineInCapitalsIsNoAcronym() {
        Extracted e = Extracted.from("DORVAL: \"We will win,\" he said.\n\nBRAXTONVILLE, N.H. — \"Not here,\""
                + " said BRAXTONVILLE.");
        assertTrue(e.extraction().actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANISATION),
                e.extraction().actors().toString());
    }

    @Test
    void aTownWithItsStateIsAPlace() {
        ActorNames local = new ActorNames("She grew up in Pellham, N.H., and moved to Orrville, Ohio.");
        assertFalse(local.isName("Pellham", ActorKind.PERSON, null));
        assertFalse(local.isName("Orrville", ActorKind.PERSON, null));
        assertFalse(person("Atlantic City"));
        assertFalse(person("Rust Belt"));
        assertTrue(person("Pellham"));
    }

    @Test
    void aLawABareBodyWordOrAHeadlineIsNoName() {
        for (String thing : List.of("Affordable Care Act", "Dana Lurie Got Real About Being Called", "Islamist",
                "African-Americans")) {
            assertFalse(person(thing), thing);
        }
        for (String word : List.of("Paris Agreement", "Police", "PAC", "SHORT READS")) {
            assertFalse(names.isName(word, ActorKind.ORGANISATION, null), word);
        }
        assertTrue(names.isName("WHO", ActorKind.ORGANISATION, null));
    }

    @Test
    void listedBodiesAreKnownWithoutACue() {
        Extracted e = Extracted.from("\"Orders are up,\" Boeing said. \"We will sue,\" Planned Parenthood said."
                + " \"The drug is safe,\" the FDA said. \"The vote is close,\" Forbes reported.");
        Map.of("Boeing", ActorKind.ORGANISATION, "Planned Parenthood", ActorKind.ORGANISATION,
                "FDA", ActorKind.GOVERNMENT, "Forbes", ActorKind.MEDIA_OUTLET)
                .forEach((name, kind) -> assertEquals(kind, actor(e, name).kind(), name));
    }

    @Test
    void aListedWordAfterAGivenNameOrAnHonorificIsASurname() {
        Extracted e = Extracted.from("Steve Forbes spoke first. \"Taxes are too high,\" Forbes said.");
        assertEquals(ActorKind.PERSON, actor(e, "Steve Forbes").kind());
        assertTrue(e.extraction().actors().stream().noneMatch(a -> a.kind() == ActorKind.MEDIA_OUTLET),
                e.extraction().actors().toString());
        Extracted honorific = Extracted.from("\"We are ready for the vote next week,\" Mr. Forbes said.");
        assertEquals(ActorKind.PERSON, actor(honorific, "Forbes").kind());
    }

    @Test
    void outletsByAJoinedOrFirstWordAndTheArticleTheirNameTakes() {
        Extracted e = Extracted.from("\"It is over,\" the Daily Wirehouse reported. The Lakeside Sun-Times said the"
                + " race was close. \"Too close,\" The Hill reported.");
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "Daily Wirehouse").kind());
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "Lakeside Sun-Times").kind());
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "The Hill").kind());
    }

    @Test
    void aTitleWithOfIsTheWholeRoleAndTitlesLeaveTheName() {
        Extracted e = Extracted.from("Former Secretary of State Jan Morrow said it was fine. Assemblywoman Ida Brook"
                + " said it was not. \"We disagree,\" said Sens. Ray Dunn and Al Pike. Maricopa County Recorder Eve"
                + " Stahl said the lines were long.");
        assertEquals("Former Secretary of State", actor(e, "Jan Morrow").role());
        assertEquals("Assemblywoman", actor(e, "Ida Brook").role());
        assertEquals("Sen.", actor(e, "Ray Dunn").role());
        assertEquals("Maricopa County Recorder", actor(e, "Eve Stahl").role());
    }

    @Test
    void aNameBeforeABodysNounDescribesTheBody() {
        Extracted e = Extracted.from("A Pellham newspaper called on the governor to resign. \"Resign,\" the"
                + " Pellham newspaper wrote.");
        assertTrue(e.extraction().actors().stream().noneMatch(a -> a.name().equals("Pellham")),
                e.extraction().actors().toString());
    }

    @Test
    void aGivenNameAloneJoinsTheOneFullNameHoldingIt() {
        Extracted e = Extracted.from("Bernard Quill spoke at noon. \"We will win,\" Bernard said.");
        assertEquals(1, e.extraction().actors().size(), e.extraction().actors().toString());
        assertEquals("Bernard Quill", e.extraction().actors().get(0).name());
    }

    @Test
    void aBodysAcronymKeepsItsCapitalsAndAListedOutletItsForm() {
        assertEquals("AFSCME", ActorNames.clean("AFSCME", ActorKind.ORGANISATION));
        assertEquals("Politico", ActorNames.clean("POLITICO", ActorKind.MEDIA_OUTLET));
        assertEquals("Former NAACP president", ActorNames.cleanRole("Former NAACP president"));
    }
}
