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
        assertEquals("F.A.A.", ActorNames.clean("F.A.A."));
        assertEquals("Zelensky", ActorNames.clean("ZELENSKY"));
    }
}
