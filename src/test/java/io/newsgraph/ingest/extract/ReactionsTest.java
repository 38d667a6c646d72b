package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.statement.StatementKind;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    void aCapitalSpeaksForItsCountryAndAnInternationalBodyIsAnOrganisation() {
        Extracted e = Extracted.from(PROPOSAL + "Beijing condemned the proposal on Tuesday. Amnesty International "
                + "welcomed Lund's plan, calling it “a lifeline for the poorest households”.");
        assertEquals(List.of("China CRITICIZES Karin Lund", "Amnesty International SUPPORTS Karin Lund"),
                e.reactions());
        assertEquals(Map.of("Karin Lund", ActorKind.PERSON, "China", ActorKind.COUNTRY, "Amnesty International",
                ActorKind.ORGANISATION), e.extraction().actors().stream()
                .collect(Collectors.toMap(Extraction.Actor::name, Extraction.Actor::kind)));
    }

    @Test
    void round5RulesReadTheDefinitionsExclusionsAndCompletingQuotes() {
        // A quote completing its speaker's reported clause judges the words named there.
        assertEquals(List.of("Jan de Vries CRITICIZES Karin Lund"), reactionsAfterProposal("Dutch Prime Minister "
                + "Jan de Vries said Lund's proposal was “a reckless gamble with people's savings.”"));
        // An answer to a question is no reaction.
        assertEquals(List.of(), reactionsAfterProposal("Asked whether the cap would hold through the winter, Dutch "
                + "Prime Minister Jan de Vries replied: “We will see.”"));
        // Nor is support for a person with no words of theirs named, or agreement with a proposition.
        assertEquals(List.of(), reactionsAfterProposal("Lund has won strong support from Finance Minister Eva Maris, "
                + "who sees her as the likely next leader. German Chancellor Erik Bauer agreed that prices were too "
                + "high."));
        // A passive takes its agent further on in the clause.
        assertEquals(List.of("Jan de Vries CRITICIZES Karin Lund"), reactionsAfterProposal("Lund's proposal was "
                + "attacked on Tuesday in Brussels by Dutch Prime Minister Jan de Vries."));
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
    void aReplyWithItsNameAfterTheCueAnswersTheMatterStillUnderDiscussion() {
        List<String> found = reactionsAfterProposal("The Dutch utility Enerco rejected Lund's proposal on Tuesday, "
                + "according to Reuters. “No,” replied Tom Beek, chief executive of Enerco, said simply.");
        assertTrue(found.contains("Tom Beek REJECTS Karin Lund"), found.toString());
    }

    @Test
    void namesCoordinatedAfterAnAppositionRespondToo() {
        assertEquals(List.of("Anna Holm PRAISES Karin Lund", "Piet Smit PRAISES Karin Lund"),
                reactionsAfterProposal("Anna Holm, president of the Consumer Union, a lobby group, and Piet Smit, "
                        + "co-founder of the polling firm Datalab, applauded Lund's proposal."));
    }

    @Test
    void theWordsOfSomeoneDescribedAreTheMatterUnderDiscussion() {
        assertEquals(List.of("Ines Ruiz CRITICIZES Karin Lund"), reactionsAfterProposal(
                "While Mayor Ines Ruiz has condemned the commissioner's proposal, her party said little."));
    }

    @Test
    void aDenialOfWrongdoingAnswersTheAccusation() {
        assertEquals(List.of("Lund campaign REJECTS Hal Pike"), Extracted.from("Senator Hal Pike said on Monday that "
                + "the Lund campaign had broken the fundraising rules.\n\nThe Lund campaign denies any wrongdoing.")
                .reactions());
    }

    private static List<String> reactionsAfterProposal(String text) {
        return Extracted.from(PROPOSAL + text).reactions();
    }

    @Test
    void nobodyReactsToTheirOwnWords() {
        Extracted e = Extracted.from(PROPOSAL + "Lund later praised the plan as a good compromise.");
        assertEquals(List.of(), e.reactions());
    }

    private static final String PLAN = "Finance Minister Paul Vance said on Monday that the budget was balanced.\n\n";


    @Test
    void aNounOfReplyTakesItsAgentAsTheActor() {
        Extracted e = Extracted.from(PLAN + "Vance also said that the deficit would vanish by 2026, drawing a sharp "
                + "reply from opposition leader Maria Holm.");
        assertEquals(List.of("Maria Holm REJECTS Paul Vance"), e.reactions());
    }

    @Test
    void aBareAnswerInResponseAnswersWhatWasJustSaid() {
        Extracted e = Extracted.from(PLAN + "Opposition leader Maria Holm tweeted in response: “Our schools are "
                + "short of teachers and the minister calls that balance.”");
        assertEquals(List.of("Maria Holm REJECTS Paul Vance"), e.reactions());
    }

    @Test
    void aQuoteOpeningOnWhatWasJustSaidJudgesIt() {
        Extracted e = Extracted.from(PLAN + "“It is simply not true,” opposition leader Maria Holm said. "
                + "“Our schools are short of teachers,” she added.");
        assertEquals(List.of("Maria Holm REJECTS Paul Vance"), e.reactions());
    }

    @Test
    void aQuoteCompletingTheClauseBeforeItJudgesTheWordsNamedThere() {
        Extracted e = Extracted.from(PLAN + "Vance's claim about the budget was “a dangerous illusion,” "
                + "opposition leader Maria Holm said.");
        assertEquals(List.of("Maria Holm CRITICIZES Paul Vance"), e.reactions());
    }
    @Test
    void aNamedProposalNobodyQuotedBecomesAParaphraseTarget() {
        Extracted e = Extracted.from("Mayor Ada Brook rejected Governor Tom Hale's plan to close the port.");
        assertEquals(List.of("Ada Brook REJECTS Tom Hale"), e.reactions());
        Reaction r = e.extraction().reactions().get(0);
        var target = e.extraction().statements().get(r.target());
        assertEquals(StatementKind.PARAPHRASE, target.kind());
        assertEquals("Governor Tom Hale's plan to close the port", e.excerpt(target));
        assertEquals("rejected", r.cue());
        assertTrue(r.confidence() > 0.5 && r.confidence() <= 1, "confidence " + r.confidence());
    }

    @Test
    void aPersonIsTargetedOnlyWhenTheirWordsAreNamed() {
        reacts(PLAN + "Senator Rita Ong slammed Vance for suggesting that pensions be cut. "
                + "Mayor Ada Brook criticised Vance for his handling of the harbour.",
                "Rita Ong CRITICIZES Paul Vance");
    }

    @Test
    void answersTakeTheStanceOfWhatTheyAnswer() {
        reacts(PLAN + "Senator Rita Ong accused Vance of hiding the debt.\n\n"
                + "In response to Ong's charges, Vance said the figures were public. "
                + "Ong fired back, saying the figures were incomplete.",
                "Paul Vance REJECTS Rita Ong", "Rita Ong CRITICIZES Paul Vance");
    }

    @Test
    void ownWordsThatNameAnothersWordsAndJudgeThemReact() {
        reacts(PLAN + "“Vance's claim is simply not true,” said Senator Rita Ong. "
                + "“We reject Vance's figures,” said Mayor Ada Brook.", "Rita Ong REJECTS Paul Vance");
    }

    @Test
    void aClaimThatSomeoneDisputesAndACampaignThatPushesBack() {
        Extracted e = Extracted.from(PLAN + "Vance said the harbour would be sold, a claim that Senator Rita Ong "
                + "disputes. The Ong campaign pushed back on Vance's accusations.");
        assertEquals(List.of("Rita Ong REJECTS Paul Vance", "Ong campaign REJECTS Paul Vance"), e.reactions());
        assertEquals("ORGANISATION", e.extraction().actors().stream().filter(a -> a.name().equals("Ong campaign"))
                .findFirst().orElseThrow().kind().name());
    }

    @Test
    void coordinatedSubjectsEachReactAndNegationsDoNot() {
        reacts(PLAN + "Senator Rita Ong and Mayor Ada Brook have slammed Vance's remarks. "
                + "Governor Tom Hale did not criticise the remarks.",
                "Rita Ong CRITICIZES Paul Vance", "Ada Brook CRITICIZES Paul Vance");
    }

    @Test
    void theResponseIsTheActorsOwnWords() {
        Extracted e = Extracted.from(PLAN + "Senator Rita Ong rejected Vance's claim, saying the deficit had grown.");
        Reaction r = e.extraction().reactions().get(0);
        assertEquals("saying the deficit had grown.", e.excerpt(e.extraction().statements().get(r.response())));
    }

    @Test
    void hittingSomeoneBackAnswersThem() {
        reacts(PLAN + "Senator Rita Ong said the budget hid a deficit. "
                + "Vance hit Ong back by accusing her of inventing numbers.", "Paul Vance CRITICIZES Rita Ong");
    }

    @Test
    void round7WordsOfResponseFromGeneralEnglish() {
        reacts(PLAN + "Senator Rita Ong balked at Vance's remarks.", "Rita Ong OPPOSES Paul Vance");
        reacts(PLAN + "Senator Rita Ong took exception to Vance's remarks.", "Rita Ong REJECTS Paul Vance");
        reacts(PLAN + "Mayor Ada Brook vouched for Vance's statement on Tuesday.", "Ada Brook SUPPORTS Paul Vance");
        reacts(PLAN + "Senator Rita Ong demurred, calling the figures a guess.", "Rita Ong REJECTS Paul Vance");
    }

    @Test
    void aDescriptionThatWouldBeTheActorOwnsAnotherPersonsWords() {
        reacts("Tom Hale, the Republican candidate, spoke in Ohio on Monday. Senator Ann Lutz condemned the "
                + "candidate's proposal to close the port.", "Ann Lutz CRITICIZES Tom Hale");
    }

    @Test
    void aReplyOnADayIsStillBare() {
        reacts(PLAN + "Senator Rita Ong fired back on Tuesday, saying the deficit had grown.",
                "Rita Ong CRITICIZES Paul Vance");
        reacts(PLAN + "Senator Rita Ong shot back late Tuesday: “The deficit has grown.”",
                "Rita Ong CRITICIZES Paul Vance");
    }

    @Test
    void aTitleAfterAPrepositionOpensTheAgentsNameNotADescription() {
        reacts(PLAN + "The remarks drew criticism from Senator Rita Ong.", "Rita Ong CRITICIZES Paul Vance");
        reacts(PLAN + "The remarks were criticized by Senator Rita Ong.", "Rita Ong CRITICIZES Paul Vance");
    }

    @Test
    void wordsWithNoDeterminerAfterForOrOverAreThePersonsWords() {
        reacts(PLAN + "Senator Rita Ong attacked Vance for comments made this week about the harbour.",
                "Rita Ong CRITICIZES Paul Vance");
        reacts(PLAN + "Mayor Ada Brook made her ruling over objections by Vance.");
    }

    @Test
    void aReportInAnOutletIsTheOutletsWords() {
        reacts(PLAN + "Senator Rita Ong dismissed a report in Politico that she would resign.",
                "Rita Ong REJECTS Politico");
    }

    @Test
    void aRelativeClauseThatReportsWordsNamesThemAfterARole() {
        reacts("Test.\n\nMayor Ada Brook praised economist Rita Ong, who has publicly vowed to close the port.",
                "Ada Brook PRAISES Rita Ong");
        reacts("Test.\n\nMayor Ada Brook criticized Rita Ong, who had said the port was unsafe.",
                "Ada Brook CRITICIZES Rita Ong");
        reacts("Test.\n\nMayor Ada Brook agreed to allow Rita Ong to use the port.");
    }

    @Test
    void sayingSomeoneWhoSpokeLiedRejectsTheirWords() {
        reacts(PLAN + "Senator Rita Ong told reporters she thought Vance had “made up the numbers.”",
                "Rita Ong REJECTS Paul Vance");
        reacts(PLAN + "Senator Rita Ong said Vance had lied about the deficit.", "Rita Ong REJECTS Paul Vance");
        reacts("Test.\n\nSenator Rita Ong said Paul Vance had lied about the deficit.");
    }

    @Test
    void aRivalNamedAfterHisOrHerIsThePersonNotThePronoun() {
        reacts("Test.\n\nMayor Ada Brook blasted her Democratic rival Rita Ong on Monday over her stance on the port. "
                + "“We will close it,” Ong said.", "Ada Brook CRITICIZES Rita Ong");
        reacts("Test.\n\nMayor Ada Brook blasted her rival Rita Ong on Monday over her stance on the port. "
                + "“We will close it,” Ong said.", "Ada Brook CRITICIZES Rita Ong");
    }

    @Test
    void aCompanyIsNoFundAndAPartOfWordsIsThoseWords() {
        String letter = "Acme under fire.\n\nThe reports on Acme Oil were written by Tom Vale's school with money "
                + "from the Hale Fund.\n\nLast month, the company wrote a letter calling the reports “inaccurate "
                + "and deliberately misleading.”\n\n"
                + "Pia Ross, a spokeswoman for Acme Oil, said the company stood by every word.\n\n";
        // "a spokeswoman for Acme Oil" makes Acme Oil a body, and "the company" is Acme Oil, not the Hale Fund.
        Extracted e = Extracted.from(letter);
        assertEquals(List.of("Acme Oil"), e.quotes().stream().map(e::speaker).toList());
        reacts(letter + "Mr. Vale went on to rebut many of the detailed points in Acme Oil's letter.",
                "Tom Vale REJECTS Acme Oil");
        reacts(letter + "Mr. Vale disputed most of Acme Oil's claims.", "Tom Vale REJECTS Acme Oil");
    }

    /** The reactions extracted from a made-up text, each as "actor STANCE target-speaker", in order. */
    private static void reacts(String text, String... expected) {
        assertEquals(List.of(expected), Extracted.from(text).reactions());
    }
}
