package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.actor.ActorKind;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

/** Quotes whose source is no person: an outlet, an organisation, a state body, a document, a crowd. */
class NonPersonSourcesTest {

    @Test
    void hisCampaignIsTheCampaignOfWhomeverThePronounStandsFor() {
        Extracted e = Extracted.from("Senator Anna Berg won the primary on Tuesday. “We will win again in the fall,”"
                + " her campaign said.");
        assertEquals(List.of("Anna Berg campaign"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.ORGANISATION, kind(e, 0));
    }

    @Test
    void aStateBodyNounRefersBackToTheLastStateBodyNamed() {
        Extracted e = Extracted.from("The State Department released the emails on Friday. “These documents were "
                + "reviewed under the usual process,” the department said.");
        assertEquals(List.of("State Department"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.GOVERNMENT, kind(e, 0));
    }

    @Test
    void capitalisedWordsBeforeABodyNounNameTheBody() {
        Extracted e = Extracted.from("As the nationalist Global Times tabloid noted on Thursday, the candidate “has "
                + "surprisingly earned himself a few fans in China.”");
        assertEquals(List.of("Global Times"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.MEDIA_OUTLET, kind(e, 0));
    }

    @Test
    void anEmailIsTheWordsOfWhoeverEmailed() {
        Extracted e = Extracted.from("Maria Lopez, an adviser to the governor, emailed supporters on Monday, telling "
                + "them, “We have to be ready for the fight.”\n\nThe email goes on to say: “The other side wants to "
                + "write fear into our laws and it will hurt our state.”");
        assertEquals(List.of("Maria Lopez", "Maria Lopez"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void theSubjectOfAVerbSaidInAStatementIssuedIt() {
        Extracted e = Extracted.from("On Thursday, Tom Reyes named a new manager. In a statement, Reyes announced "
                + "that “he is consolidating the functions of the campaign.”\n\n“Mr. Hale will oversee all the "
                + "activities of the delegate process,” the statement said.");
        assertEquals(List.of("Tom Reyes", "Tom Reyes"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void chantedWordsAreAStatementOfNoOneTheRulesName() {
        Extracted e = Extracted.from("The rally went on for an hour. The senator walked in to chants of “Feel the "
                + "Bern!” from the crowd.");
        assertEquals(Collections.singletonList(null), e.quotes().stream().map(e::speaker).toList());
    }

    private static ActorKind kind(Extracted e, int quote) {
        return e.extraction().actors().get(e.quotes().get(quote).speaker()).kind();
    }
}
