package io.newsgraph.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationsOfOneNameShareAKey() {
        assertEquals(NameKey.of("Alexey Goncharenko"), NameKey.of("Aleksey Goncharenko"));
        assertEquals(NameKey.of("Alexey Goncharenko"), NameKey.of("Oleksiy Goncharenko"));
        assertEquals(NameKey.of("Oleksii Honcharenko"), NameKey.of("Alexei Goncharenko"));
        assertEquals(NameKey.of("Dmitri Peskov"), NameKey.of("Dmitriy Peskov"));
        assertEquals(NameKey.of("Volodymyr Zelenskyy"), NameKey.of("Vladimir Zelensky"));
    }

    @Test
    void accentsCaseAndPlacesFold() {
        assertEquals(NameKey.of("Szijjarto"), NameKey.of("Szijjártó"));
        assertEquals(NameKey.of("PÉTER SZIJJÁRTÓ"), NameKey.of("Peter Szijjarto"));
        assertEquals(NameKey.of("Kiev"), NameKey.of("Kyiv"));
        assertEquals(NameKey.of("Kharkov"), NameKey.of("Kharkiv"));
    }

    @Test
    void titlesAreDroppedButNationsInNamesStay() {
        assertEquals("dmitry peskov", NameKey.of("Kremlin spokesperson Dmitry Peskov"));
        assertEquals(NameKey.of("Aleksey Goncharenko"), NameKey.of("Ukrainian MP Alexey Goncharenko"));
        assertEquals("czech republic", NameKey.of("Czech Republic"));
        assertFalse(NameKey.matches("Czech Republic", "Slovak Republic"));
    }

    @Test
    void aSurnameMatchesTheFullNameButNotAnotherPerson() {
        assertTrue(NameKey.matches("Peskov", "Dmitry Peskov"));
        assertTrue(NameKey.matches("D. Peskov", "Dmitry Peskov"));
        assertEquals("peskov", NameKey.surname("Dmitry Peskov"));
        assertFalse(NameKey.matches("Vladimir Putin", "Vladimir Zelensky"));
        assertFalse(NameKey.matches("Robert Fico", "Robert Habeck"));
        assertFalse(NameKey.matches("", "Peskov"));
    }
}
