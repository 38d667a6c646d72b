package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class ReactionsTest {

    private static final String PROPOSAL = "Energy Commissioner Karin Lund proposed a cap on gas prices on Monday, "
            + "saying that households could not wait any longer.\n\n";

    @Test
    void verbsAgainstANamedSpeakersWordsCarryTheirStance() {
        Extracted e = Extracted.from(PROPOSAL
                + "Dutch Prime Minister Jan de Vries criticised Lund's proposal for ignoring the market. "
                + "German Chancellor Erik Bauer backed the plan within hours.");
        assertEquals(List.of("Jan de Vries CRITICIZES Karin Lund", "Erik Bauer SUPPORTS Karin Lund"), e.reactions());
    }

    @Test
    void callingWordsJudgeWhatWasSaid() {
        Extracted e = Extracted.from(PROPOSAL
                + "Hungarian Foreign Minister Peter Szijjarto called Lund's plan “reckless and dangerous”.");
        assertEquals(List.of("Peter Szijjarto CRITICIZES Karin Lund"), e.reactions());
    }

    @Test
    void passiveReactionsNameEveryActor() {
        Extracted e = Extracted.from(PROPOSAL
                + "The idea was quickly met with skepticism and outright rejection by several countries, "
                + "including Poland, Sweden and the USA.");
        assertEquals(List.of("Poland REJECTS Karin Lund", "Sweden REJECTS Karin Lund",
                "United States REJECTS Karin Lund"), e.reactions());
    }

    @Test
    void echoesAndWarningsPointAtWhatWasJustSaidOrProposed() {
        Extracted e = Extracted.from(PROPOSAL
                + "Economy Minister Rui Costa said the cap “would empty the storage tanks by March”. "
                + "This sentiment was echoed by Finance Minister Eva Maris, who also warned that "
                + "suppliers would sell elsewhere.");
        assertEquals(List.of("Eva Maris ECHOES Rui Costa", "Eva Maris WARNS Karin Lund"), e.reactions());
    }

    @Test
    void nobodyReactsToTheirOwnWords() {
        Extracted e = Extracted.from(PROPOSAL + "Lund later praised the plan as a good compromise.");
        assertEquals(List.of(), e.reactions());
    }
}
