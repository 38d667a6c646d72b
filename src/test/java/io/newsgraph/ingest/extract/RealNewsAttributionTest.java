package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The attribution patterns of real news that the corpus evaluation showed failing, each on made-up sentences:
 * honorifics and initials, a description between name and verb, non-person sources, quotes with no speaker,
 * quoted titles, headline labels, and names that are not names.
 */
class RealNewsAttributionTest {

    @Test
    void honorificsInitialsAndPartyStateBracketsBelongToTheName() {
        Extracted e = Extracted.from("“We will appeal the ruling next week,” Mr. Okafor said. "
                + "“The vote was never in doubt,” said Rep. Ann J. Marsh (D-Ore.), who chairs the panel.");
        assertEquals(List.of("Okafor", "Ann J. Marsh"), e.quotes().stream().map(e::speaker).toList());
        assertNull(e.extraction().actors().get(0).role(), "an honorific is no role");
        assertEquals("Rep.", e.extraction().actors().get(1).role());
    }

    @Test
    void aDescriptionBetweenNameAndVerbOrBeforeTheName() {
        Extracted e = Extracted.from("“Prices will keep rising this winter,” Chris Dale, chief strategist at Acme "
                + "Markets, said on Monday. “Nobody expected the vote to be this close,” said pollster Frank Luntz. "
                + "“The deal is done,” Acme spokeswoman Hope Hicks told reporters.");
        assertEquals(List.of("Chris Dale", "Frank Luntz", "Hope Hicks"),
                e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void outletsAndOrganisationsSpeakAsActorsOfTheirKind() {
        Extracted e = Extracted.from("The Daily Herald published the figures on Sunday.\n\n"
                + "“The council has not been honest with its voters,” the newspaper said in an editorial.\n\n"
                + "“We stand by every number we published,” the State Department said in a statement.");
        assertEquals(List.of("Daily Herald", "State Department"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.MEDIA_OUTLET, e.extraction().actors().get(0).kind());
        assertEquals(ActorKind.GOVERNMENT, e.extraction().actors().get(1).kind());
    }

    @Test
    void aQuoteWithNoNameableSpeakerIsKeptWithNone() {
        Extracted e = Extracted.from("“We have won this round,” Senator Ruth Adler said on Tuesday.\n\n"
                + "The email goes on to say: “We have to be ready to stop him before it is too late.”");
        List<Statement> quotes = e.quotes();
        assertEquals(2, quotes.size());
        assertNull(e.speaker(quotes.get(1)), "not the previous quote's speaker");
        assertEquals(Confidence.UNKNOWN_SPEAKER, quotes.get(1).confidence());
        assertEquals("say", quotes.get(1).cue());
    }

    @Test
    void everyStatementCarriesAConfidenceAndItsCue() {
        Extracted e = Extracted.from("“The talks have failed,” said Foreign Minister Anna Berg. "
                + "“We will try again,” she said.");
        Statement named = e.quotes().get(0);
        Statement pronoun = e.quotes().get(1);
        assertEquals("said", named.cue());
        assertTrue(named.confidence() > pronoun.confidence(), "a name is surer than a pronoun");
        assertEquals("Anna Berg", e.speaker(pronoun));
    }

    @Test
    void quotedTitlesAndHeadlineLabelsAreNotStatements() {
        Extracted e = Extracted.from("Poll: Voters split evenly on the new tax plan.\n\n"
                + "She appeared on the show “Meet the Press” and discussed her new book, “A Long Way Home,” "
                + "at length with the host on Sunday morning.");
        assertEquals(List.of(), e.quotes().stream().map(Statement::text).toList());
    }

    @Test
    void ordinaryWordsAndPlacesAreNoSpeakers() {
        Extracted e = Extracted.from("Supporters gathered outside the hall in the rain on Friday evening.\n\n"
                + "“We are not going anywhere,” Supporters said, according to the organisers.\n\n"
                + "“The state will recover,” Florida said.");
        assertTrue(e.extraction().actors().isEmpty(), "no actor named Supporters or Florida: "
                + e.extraction().actors());
        assertEquals(2, e.quotes().size(), "the quotes stay, with no speaker");
    }

    @Test
    void aDocumentSpeaksForWhoeverIssuedIt() {
        Extracted e = Extracted.from("Mayor Ivan Petrov spoke to the council on Monday.\n\n"
                + "Later, Senator Ruth Adler released a statement on the vote. “The council has failed the city "
                + "again,” the statement said.\n\n"
                + "“We will keep the libraries open all year,” read an email from the Riverside Library Fund.\n\n"
                + "“Nothing in this plan will survive the winter,” the memo said.");
        List<Statement> quotes = e.quotes();
        assertEquals(3, quotes.size());
        assertEquals("Ruth Adler", e.speaker(quotes.get(0)));
        assertEquals("Riverside Library Fund", e.speaker(quotes.get(1)));
        assertNull(e.speaker(quotes.get(2)), "a memo no one issued is no one's, not the quote before's");
        assertEquals("said", quotes.get(2).cue());
        assertTrue(quotes.get(0).confidence() < Confidence.NEXT_TO_QUOTE, "an issuer found elsewhere is less sure");
    }

    @Test
    void aDocumentNamedInTheQuotesSentenceGivesItsIssuer() {
        Extracted e = Extracted.from("Governor Tom Avery issued a statement on Friday: “The bridge will reopen "
                + "in May.”\n\nMaria Lind's campaign sent out an email to supporters. “We are twenty points "
                + "behind and we need you,” the email said.");
        assertEquals(List.of("Tom Avery", "Maria Lind campaign"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aDashAfterTheQuoteSignsItButABylineGluedToItDoesNot() {
        Extracted e = Extracted.from("The fact check looked at three claims from the debate.\n\n"
                + "\"We have created more jobs than any state in the country.\"\n\n- Avery.\n\n"
                + "Avery exaggerates. The minister insisted the party was \"still the first force in the land.\""
                + "--Kim Hjelmgaard.");
        assertEquals("Avery", e.speaker(e.quotes().get(0)));
        assertTrue(e.quotes().size() < 2 || !"Kim Hjelmgaard".equals(e.speaker(e.quotes().get(1))),
                "a byline is no speaker");
    }

    @Test
    void aPersonsCampaignIsAnOrganisation() {
        Extracted e = Extracted.from("“We will win Ohio and we will win it big,” the Avery campaign said. "
                + "“The numbers are with us in every county,” Lind's campaign said on Monday. "
                + "“Nobody works harder than our volunteers,” the Avery campaign manager Jo Park said.");
        assertEquals(List.of("Avery campaign", "Lind campaign", "Jo Park"),
                e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.ORGANISATION, e.extraction().actors().get(0).kind());
    }
}
