package io.newsgraph.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void spellingsTransliterationsAndPlacesOfOneNameShareAKey() {
        for (List<String> same : List.of(
                List.of("Alexey Goncharenko", "Aleksey Goncharenko", "Oleksiy Goncharenko", "Oleksii Honcharenko",
                        "Alexei Goncharenko"),
                List.of("Dmitri Peskov", "Dmitriy Peskov"), List.of("Volodymyr Zelenskyy", "Vladimir Zelensky"),
                List.of("Szijjarto", "Szijjártó"), List.of("PÉTER SZIJJÁRTÓ", "Peter Szijjarto"),
                List.of("Kiev", "Kyiv"), List.of("Kharkov", "Kharkiv"))) {
            same.forEach(name -> assertEquals(NameKey.of(same.get(0)), NameKey.of(name), name));
        }
    }

    @Test
    void theStoredSpellingFoldsAccentsCaseAndSpacesOnly() {
        assertEquals("peter szijjarto", NameKey.spelling("  PÉTER   Szijjártó "));
        assertEquals(NameKey.spelling("Szijjarto"), NameKey.spelling("SZIJJÁRTÓ"));
        assertNotEquals(NameKey.spelling("Alexey Goncharenko"), NameKey.spelling("Aleksey Goncharenko"),
                "transliterations stay distinct spellings, so each can be an alias");
        assertEquals("lord cameron", NameKey.spelling("Lord Cameron"), "titles stay");
        assertEquals("u.s.", NameKey.spelling("U.S."));
        assertEquals("%szijjarto\\_%", NameKey.likePattern(" Szijjártó_", "text"));
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
