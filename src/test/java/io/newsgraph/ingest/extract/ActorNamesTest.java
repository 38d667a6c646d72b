package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actor.ActorKind;
import org.junit.jupiter.api.Test;

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
        assertEquals(ActorKind.ORGANISATION, actor(e, "Daily Caller").kind());
        assertEquals(ActorKind.MEDIA_OUTLET, actor(e, "Gawker").kind());
        assertEquals(ActorKind.GOVERNMENT, actor(e, "Japan’s defense ministry").kind());
        assertEquals("Reporter", actor(e, "Jomana Karadsheh").role());
        assertEquals(ActorKind.GOVERNMENT, actor(e, "Senate Intelligence Committee").kind());
    }
}
