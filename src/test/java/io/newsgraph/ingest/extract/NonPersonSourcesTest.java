package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.actor.ActorKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** Quotes whose source is no person: an outlet, an organisation, a state body, a document, a crowd. */
class NonPersonSourcesTest {

    @Test
    void hisCampaignIsTheCampaignOfWhomeverThePronounStandsFor() {
        assertSpeakers(ActorKind.ORGANISATION, "Senator Anna Berg won the primary on Tuesday. “We will win again in "
                + "the fall,” her campaign said.", "Anna Berg campaign");
    }

    @Test
    void aStateBodyNounRefersBackToTheLastStateBodyNamed() {
        assertSpeakers(ActorKind.GOVERNMENT, "The State Department released the emails on Friday. “These documents "
                + "were reviewed under the usual process,” the department said.", "State Department");
    }

    @Test
    void capitalisedWordsBeforeABodyNounNameTheBody() {
        assertSpeakers(ActorKind.MEDIA_OUTLET, "As the nationalist Global Times tabloid noted on Thursday, the "
                + "candidate “has surprisingly earned himself a few fans in China.”", "Global Times");
    }

    @Test
    void anEmailIsTheWordsOfWhoeverEmailed() {
        assertSpeakers(ActorKind.PERSON, "Maria Lopez, an adviser to the governor, emailed supporters on Monday, "
                + "telling them, “We have to be ready for the fight.”\n\nThe email goes on to say: “The other side "
                + "wants to write fear into our laws and it will hurt our state.”", "Maria Lopez", "Maria Lopez");
    }

    @Test
    void theSubjectOfAVerbSaidInAStatementIssuedIt() {
        assertSpeakers(ActorKind.PERSON, "On Thursday, Tom Reyes named a new manager. In a statement, Reyes "
                + "announced that “he is consolidating the functions of the campaign.”\n\n“Mr. Hale will oversee all "
                + "the activities of the delegate process,” the statement said.", "Tom Reyes", "Tom Reyes");
    }

    @Test
    void aDocumentNamedWithNoIssuerIsTheAnnouncementJustReported() {
        assertSpeakers(ActorKind.ORGANISATION, "The Ohio Farm Bureau announced on Monday that its director would "
                + "retire in the spring.\n\n“Her work built this organisation over three decades,” the release said.",
                "Ohio Farm Bureau");
    }

    @Test
    void chantedWordsAreAStatementOfNoOneTheRulesName() {
        assertSpeakers(null, "The rally went on for an hour. The senator walked in to chants of “Feel the Bern!” "
                + "from the crowd.", (String) null);
    }

    /** The speakers of the text's quotes in order, each of the given kind (none when it is null). */
    private static void assertSpeakers(ActorKind kind, String text, String... speakers) {
        Extracted e = Extracted.from(text);
        assertEquals(Arrays.asList(speakers), e.quotes().stream().map(e::speaker).toList());
        e.quotes().forEach(q -> assertEquals(kind, q.speaker() < 0 ? null
                : e.extraction().actors().get(q.speaker()).kind()));
    }
}
