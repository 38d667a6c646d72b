package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Statement;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

class AttributionTest {

    @Test
    void speakerAfterTheQuoteEitherOrder() {
        Extracted e = Extracted.from("“The talks have failed,” said Foreign Minister Anna Berg. "
                + "“We will try again,” Berg told reporters.");
        assertEquals(List.of("Anna Berg", "Anna Berg"), e.quotes().stream().map(e::speaker).toList());
        assertEquals("Foreign Minister", e.extraction().actors().get(0).role());
    }

    @Test
    void britishSingleMarksAreAttributedAsDoubleOnes() {
        Extracted e = Extracted.from("‘The talks have failed,’ said Foreign Minister Anna Berg.\n\n"
                + "Defence Secretary John Hale told reporters: ‘Nothing has changed since the summit.’\n\n"
                + "‘We will try again next week,’ she said.");
        assertEquals(List.of("Anna Berg", "John Hale", "Anna Berg"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aSurnameThatIsAlsoAnOutletOrAWordIsAName() {
        Extracted e = Extracted.from("Voters were angry on Monday.\n\n“Nothing at all has changed here,” said Tom Fox. "
                + "“It is a betrayal of us all,” Mrs. May said.");
        assertEquals(List.of("Tom Fox", "May"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(ActorKind.PERSON, e.extraction().actors().get(0).kind());
    }

    @Test
    void titlesOfOtherCountriesAreRolesAndAPlaceParaphrasesNothing() {
        Extracted e = Extracted.from("Talks ended without agreement on Friday.\n\nTaoiseach Leo Varadkar welcomed "
                + "the offer. “It is a fair basis for the next round,” he said.\n\nViktor Orbán echoed Moscow's line, "
                + "saying that “sanctions have failed”.");
        assertEquals(List.of("Leo Varadkar", "Viktor Orbán"), e.quotes().stream().map(e::speaker).toList());
        assertEquals("Taoiseach", e.extraction().actors().get(0).role());
        assertEquals(List.of(), e.paraphrases().stream().filter(p -> p.speaker() < 0).toList());
    }

    @Test
    void speakerBeforeTheQuoteWithColonOrReportingVerb() {
        Extracted e = Extracted.from("Kremlin spokesperson Dmitry Peskov said: \"Nothing has changed.\" "
                + "Defence Secretary John Hale warned that the plan \"could backfire very badly\" within months.");
        assertEquals(List.of("Dmitry Peskov", "John Hale"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void anItReportingWordsSpeaksForTheLatestDocumentsIssuer() {
        Extracted e = Extracted.from("Governor Ruth Adler released a letter on Monday. The letter cited a summit in "
                + "April. “The delay is an appalling indifference to families,” it read. Senator Tom Reed spoke "
                + "next. It added, “We will not wait any longer for this.”");
        assertEquals(List.of("Ruth Adler", "Ruth Adler"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void anItReportingWordsContinuesTheOutletJustGivenWordsBeforeAnOlderDocument() {
        Extracted e = Extracted.from("Governor Ruth Adler released a letter on Monday.\n\nThe Boston Globe reported "
                + "that Adler had met the mayor twice. It added, “The meetings were never made public.”\n\nOfficer "
                + "Tom Reed wrote in the affidavit that he saw the crash. It continued: “The driver was not hurt.”");
        assertEquals(List.of("Boston Globe", "Tom Reed"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aNameAfterNamedIsTheSubjectTheDescriptionStoodFor() {
        Extracted e = Extracted.from("Senator Tom Reed spoke first. The woman who started it identified herself "
                + "as a local resident named Caroline. “He truly cares about us all,” she said.");
        assertEquals(List.of("Caroline"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void pronounsGoToTheLastNamedPersonOfTheirGender() {
        Extracted e = Extracted.from("Prime Minister Maria Lind met President Tomas Varga in Vienna on Monday. "
                + "“We agreed on nothing,” she said. “That is not true,” he said later.");
        assertEquals(List.of("Maria Lind", "Tomas Varga"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void pronounsGoToTheSubjectNotToAPlaceOrADescribingWord() {
        Extracted e = Extracted.from("“The vote is close,” said pollster Roy Hale.\n\n"
                + "Republican presidential candidate Tom Reed is spending the day in the state. Speaking at a rally "
                + "in Salem, New Hampshire, Reed went after his rival.\n\n“He has no plan at all,” he said.");
        assertEquals(List.of("Roy Hale", "Tom Reed"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aGivenNameSetOffByCommasIsTheSubjectAPronounContinues() {
        Extracted e = Extracted.from("“I am not sure yet,” said Roy Hale, a retired teacher.\n\n"
                + "Her father, John, worried that voters read too little.\n\n“People are afraid,” he said.");
        assertEquals(List.of("Roy Hale", "John"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPossessorOpeningASentenceIsTheSubjectAPronounContinues() {
        Extracted e = Extracted.from("Voters went to the polls on Tuesday in the first primary of the year.\n\n"
                + "“Turnout will be high this time,” said Roy Hale, a pollster.\n\nIan Tuttle’s article attacked Tom "
                + "Reed for his endorsement. He calls it “the most transparent display of affection in years”.");
        assertEquals(List.of("Roy Hale", "Ian Tuttle"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aSubjectOfTheOtherGenderHandsThePronounToThePersonNamedAfterIt() {
        Extracted e = Extracted.from("Governor Roy Hale spoke in Dayton on Monday.\n\nSenator Ann Berg met voters "
                + "in Ohio while campaign manager Tom Reed released a memo. He writes that Berg has “a clear path to "
                + "the nomination now”.");
        assertEquals(List.of("Tom Reed"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aSurnameThatIsAlsoAGivenNameTellsNoGender() {
        Extracted e = Extracted.from("Farmers met in Dayton on Monday.\n\n“Prices keep rising,” said Tom Reed, a "
                + "grower.\n\n“We cannot plan a season,” said Ruthie James, a retired nurse.\n\n“Nobody listens to "
                + "us,” she said.");
        assertEquals(List.of("Tom Reed", "Ruthie James", "Ruthie James"),
                e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPronounWithAContractionIsTheSubjectNotTheNameAfterIt() {
        Extracted e = Extracted.from("Roy Hale spoke in Dayton on Monday. Hale leads the polls.\n\n“It depends "
                + "on age,” said Ruthie Marsh, a retired teacher. She’s a Hale supporter but concedes that her "
                + "friends prefer Berg.\n\n“They will not change their minds,” she said.");
        assertEquals(List.of("Ruthie Marsh", "Ruthie Marsh"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aNameSetOffAfterAPossessorsDescriptionIsTheSubject() {
        Extracted e = Extracted.from("Governor Roy Hale spoke at the convention on Monday. Berg's chief Republican "
                + "rival, Sen. Tom Reed of Ohio, skipped the meeting. Instead he gave a speech in which he pledged "
                + "to be “a friend to every farmer in the state.”");
        assertEquals(List.of("Tom Reed"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPossessorAfterTheVerbIsNoSpeakerButThePersonItTitlesIs() {
        Extracted e = Extracted.from("Governor Roy Hale spoke in Dayton on Monday.\n\n“It is a fair offer,” said "
                + "Hale’s deputy campaign manager, Ann Berg. Tom Reed told Hale’s staff that “the offer is not fair "
                + "at all to the farmers.”");
        assertEquals(List.of("Ann Berg", "Tom Reed"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aContinuedQuoteDoesNotRenewThePreviousSpeakerForAPronoun() {
        Extracted e = Extracted.from("Voters went to the polls on Tuesday in the first primary of the year.\n\n"
                + "“We will win this state,” said Roy Hale, the governor.\n\nTom Reed made the point that the plan "
                + "would be “a third term for failed policies”. “She has said so herself,” he noted.");
        assertEquals("Tom Reed", e.speaker(e.quotes().get(2)));
    }

    @Test
    void aSentenceInTheNextParagraphDoesNotAttributeAQuote() {
        Extracted e = Extracted.from("Roy Hale spoke at a rally on Monday. “Turnout will be high,” he said. "
                + "“We will win the state easily!”\n\nThe league folded in 1986.");
        assertEquals(List.of("Roy Hale", "Roy Hale"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aSurnameSharedGoesToThePersonTheArticleIsAbout() {
        Extracted e = Extracted.from("Shares fell sharply on Monday after the merger was announced.\n\n“We will "
                + "merge with Compaq this year,” said Carly Fiorina, the chief executive.\n\nFiorina flew home that "
                + "night. Fiorina told her husband, Frank Fiorina, that the deal was hard.\n\n“It will be a fight "
                + "from start to finish,” Fiorina said.");
        assertEquals(List.of("Carly Fiorina", "Carly Fiorina"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aQuoteParagraphWithoutAttributionContinuesThePreviousSpeaker() {
        Extracted e = Extracted.from("“We will rebuild every school,” Mayor Ivan Petrov said on Tuesday.\n\n"
                + "“And we will start with the ones closest to the front line.”");
        assertEquals(List.of("Ivan Petrov", "Ivan Petrov"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void shortQuotesNeedACueToBeSomeonesWords() {
        Extracted e = Extracted.from("Chancellor Olaf Scholz said he favoured “strategic patience” in the talks. "
                + "Senator Ruth Adler called the deal a “historic mistake” on Sunday.");
        List<Statement> quotes = e.quotes();
        assertEquals(1, quotes.size());
        assertEquals("historic mistake", quotes.get(0).text());
        assertEquals("Ruth Adler", e.speaker(quotes.get(0)));
    }

    @Test
    void labelledTranscriptAnswersAreTheSpeakersWords() {
        Extracted e = Extracted.from("The minister Lena Holm spoke to us in Oslo on Monday about the new budget.\n\n"
                + "Q: Will taxes rise?\n\nHOLM: Not this year. We have other priorities.");
        assertEquals(1, e.quotes().size());
        assertEquals("Not this year. We have other priorities.", e.quotes().get(0).text());
        assertEquals("Lena Holm", e.speaker(e.quotes().get(0)));
    }

    @Test
    void labelsThatArePlacesOrHeadingsAboutSomeoneAreNoTurns() {
        Extracted e = Extracted.from("Our panel this week:\n\nOhio: Ann Lee, Bo Ruiz, Cy Park.\n\n"
                + "Texas: Di Moss, Ed Kahn.\n\nHolm: Hold the line.\n\nLena Holm has led every poll since May.\n\n"
                + "Karl Dunn: Farm loans Last year Mr. Dunn proposed a cap on interest.");
        assertEquals(List.of(), e.quotes());
    }

    @Test
    void aQuoteOverSeveralParagraphsIsItsSpeakersParagraphByParagraph() {
        assertEquals(Collections.nCopies(4, "Lena Holm"), speakers("“We never expected to win,” Lena "
                + "Holm said. “Not in the north.\n\n“Not one poll saw it coming.\n\n“Now the hard work begins.”"));
        assertEquals(List.of("Karl Dunn", "Karl Dunn"), speakers("The vote in the north was closer than any poll "
                + "said.\n\n“Nobody expected a recount.\n\n“Now the hard work begins,” said Karl Dunn, the party "
                + "leader."));
    }

    @Test
    void namesBeforeAsidesAndPartiesAndClosingTheSentenceSpeak() {
        Extracted e = Extracted.from("Sen. Ann Marsh (D-Ore.) told a Herald reporter that she “would be surprised "
                + "if it lasts the year.” "
                + "Mayor Karl Dunn, during a town hall in Salem, Oregon, said the plan was “going to fail within "
                + "months.” “Nobody will vote for it” if the tax stays, said Paula Ross, an analyst at a bank.");
        assertEquals(List.of("Ann Marsh", "Karl Dunn", "Paula Ross"),
                e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aQuoteStandingAloneAfterAReportIsTheReportersSubjects() {
        Extracted e = Extracted.from("“Voters have had enough,” Ruth Adler said. Olaf Berg continued his remarks.\n\n"
                + "“Eight years ago nobody had heard of this man, and now he runs the party.”");
        assertEquals(List.of("Ruth Adler", "Olaf Berg"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aSentenceClosingAttributionTakesAQuoteInsideTheSentence() {
        Extracted e = Extracted.from("Ann Marsh lost the state in 2008. Marsh “drew quite well from working-class "
                + "voters” in the 2008 primary, said Paul Beck, a professor.");
        assertEquals(List.of("Paul Beck"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void anOrdinaryWordTheArticleWritesAfterAFirstNameIsASurnameBeforeAVerb() {
        Extracted e = Extracted.from("Pfizer is led by Ian Read. “We have assessed the political risk of this deal,” "
                + "Read said.");
        assertEquals(List.of("Ian Read"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void theQuotesOwnSentenceBeforeAnAttributionOpeningTheNextOne() {
        Extracted e = Extracted.from("Rep. Karl Dunn spoke to Ruth Adler on Monday. Ruth Adler asked, “Will the "
                + "director indict them both?” Dunn continued, “Yes, I think he will.”");
        assertEquals(List.of("Ruth Adler", "Karl Dunn"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aDescriptionAfterTheVerbMayHoldOfAndAnd() {
        Extracted e = Extracted.from("“Thanks for welcoming these refugees,” said master of ceremonies Asab Tabchi. "
                + "“Where it matters is not persuasion,” said former Gov. and party chairman Ed Rendell.");
        assertEquals(List.of("Asab Tabchi", "Ed Rendell"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aOneWordNameAfterAnHonorificIsAPerson() {
        Extracted e = Extracted.from("Mrs. Clinton met Mr. Sanders on Monday. “We agreed on nothing,” she said.");
        assertEquals(List.of("Clinton"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPronounFollowsWhoeverWasLastGivenWordsNotAPersonNamedInPassing() {
        Extracted e = Extracted.from("Governor Jane Tate met Senator Ann Marsh on Tuesday. The plan was drafted by "
                + "officials of the agency, Marsh said. “We will not wait for the next budget to act on this,” she "
                + "said.");
        assertEquals(List.of("Ann Marsh"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aQuoteAfterAColonIsTheOpeningSubjects() {
        Extracted e = Extracted.from("Governor Bill Tate visited the plant on Friday. He also played up his record "
                + "on jobs: “Nobody has brought more work to this state than we have.”");
        assertEquals(List.of("Bill Tate"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aQuoteInTwoApostrophesIsAttributedLikeAnyOther() {
        Extracted e = Extracted.from("''Good news for the country is bad news for them,'' said Geoff Garin, a "
                + "Democratic pollster.");
        assertEquals(List.of("Geoff Garin"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aQuoteAfterAColonIsTheSubjectsAfterAnOpeningPhrase() {
        Extracted e = Extracted.from("Bridge repairs begin\n\nGovernor Jane Tate toured the site on Monday with "
                + "engineers from the state.\n\nIn a speech to workers, Tate set out her plan: “We will rebuild the "
                + "bridge by spring and open it to traffic.”");
        assertEquals(List.of("Jane Tate"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aNameBeforeOfAndAnOrganisationSpeaks() {
        Extracted e = Extracted.from("Anna Ross of The Daily Ledger wrote, “The council has lost the trust of the "
                + "city.” “A second vote would change nothing at all,” Jeffrey Lowe of the Center for Arms Control "
                + "Studies wrote in March.");
        assertEquals(List.of("Anna Ross", "Jeffrey Lowe"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aDescriptionBeforeTheNameAfterTheQuote() {
        Extracted e = Extracted.from("Mark Stone wrote to the court in May.\n\n“We need him here because life is "
                + "hard,” his wife, Maria Kovacs, wrote in a letter.\n\n“She is also a mother of three boys,” "
                + "another friend, Lisa Brandt told reporters.\n\n“The port will never close,” an angry Novak "
                + "retaliated.\n\n“I do not know where he stands on that,” said undecided Republican voter Jane "
                + "Doe of Derry.");
        assertEquals(List.of("Maria Kovacs", "Lisa Brandt", "Novak", "Jane Doe"),
                e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void verbsThatQuoteInACharacterisation() {
        Extracted e = Extracted.from("Senator Ruth Adler met the mayor on Sunday. Adler credited his victory to "
                + "“a strong turnout among young voters in the city.”");
        assertEquals(List.of("Ruth Adler"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aOneWordNameTakenForAnOrdinaryWordIsTheFullNameHoldingIt() {
        Extracted e = Extracted.from("Delegates met in Paris on Monday to discuss the climate agreement.\n\n"
                + "Ban Ki-moon opened the summit in Paris.\n\n“We cannot wait any longer for "
                + "action on the climate,” Ban recalled.");
        assertEquals(List.of("Ban Ki-moon"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aLeadInNamingADocumentSpeaksForItsIssuer() {
        Extracted e = Extracted.from("The dock workers went back to work on Monday after a long strike.\n\n"
                + "When the strike ended, Governor Tom Reyes released the following "
                + "statement:\n\n“This is a great day for the workers of our state and their families.”");
        assertEquals(List.of("Tom Reyes"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aTranscriptTurnOpeningAQuoteIsItsLabels() {
        Extracted e = Extracted.from("Lena Holm wrote about the panel on Monday.\n\n\"Chris Berg: Seriously, we "
                + "have to talk about how the tax on every single trade would pay for all of this.\"");
        assertEquals(List.of("Chris Berg"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPersonsOfficeSpeaksAsAStateBody() {
        Extracted e = Extracted.from("“The meeting will take place next week in the Capitol,” Reyes’s office said "
                + "in a statement.");
        assertEquals(List.of("Reyes’s office"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(io.newsgraph.actor.ActorKind.GOVERNMENT, e.extraction().actors().get(0).kind());
    }

    @Test
    void aNameBeforeOfAndAGroupSpeaksNotTheGroup() {
        Extracted e = Extracted.from("“We are angry about it,” said Drew Heiserman, a member of the group. "
                + "“People were still talking about another candidate,” said Heiserman of the CORE Teachers.");
        assertEquals(List.of("Drew Heiserman", "Drew Heiserman"), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aPartyOrAnOccupationBeforeAFullNameIsTheRole() {
        Extracted e = Extracted.from("“We will win this state,” Democrat Hillary Clinton said on Monday. "
                + "“The border is not a wall,” Journalist Jorge Ramos told the crowd.");
        assertEquals(List.of("Hillary Clinton", "Jorge Ramos"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(List.of("Democrat", "Journalist"),
                e.extraction().actors().stream().map(Extraction.Actor::role).toList());
    }

    @Test
    void aQuoteOfALabelKeepsNoSpeaker() {
        Extracted e = Extracted.from("The senator spoke for an hour on Monday.\n\nFULL TEXT: “We have to rebuild "
                + "the party from the ground up, and we will start today.”");
        assertEquals(java.util.Collections.singletonList(null), e.quotes().stream().map(e::speaker).toList());
    }

    @Test
    void aGroupEndingALongerNameIsNoActorOfItsOwn() {
        Extracted e = Extracted.from("Anna Berg chairs the Council of Economic Advisers. “Growth will slow this "
                + "year,” she said.");
        assertEquals(List.of("Anna Berg"), e.quotes().stream().map(e::speaker).toList());
        assertEquals(List.of("Anna Berg"), e.extraction().actors().stream().map(Extraction.Actor::name).toList());
    }

    @Test
    void aClauseAfterTheQuoteOrANameOpeningAReportedClauseIsNoSpeaker() {
        assertEquals(List.of("Lena Ortiz", "Lena Ortiz", "Paul Grant"), speakers("“Good news for the party,” Lena "
                + "Ortiz wrote on Monday, “a real win for us,” after campaign spokesman Omar Reyes praised the "
                + "result.\n\n"
                + "Sen. Paul Grant backed the mayor last year, but now said Ortiz had “lost the trust of voters.”"));
        assertEquals(Arrays.asList((String) null), speakers("Mayor Dana Holt — named by the paper as a likely "
                + "candidate — told Ruth Lowe of the station that “nothing has been decided yet about the race.”"));
    }

    @Test
    void subjectsBehindDescriptionsAgesPlacesAndAsides() {
        assertEquals(List.of("Sam Ford", "Nora Vance", "Ann Rhee", "Nora Vance", "Max Ortega"), speakers(
                "“The new rules do not go far enough, in my view,” Sam Ford, 41, of Dayton, "
                + "Ohio, who was among those asked, said after the meeting.\n\n"
                + "Former minister of trade Nora Vance:“We warned them about this for years and nobody listened.”\n\n"
                + "“This will not fix the problem, but it is a start,” Ann Rhee, director of housing, planning "
                + "and transport, said on the call.\n\n"
                + "In Dayton, Vance stepped up her attacks on the plan, saying, “We need homes, not promises.”\n\n"
                + "“Change is coming to this city” is the phrase, union leader Max Ortega said after the vote."));
    }

    @Test
    void initialsAndNumberedRanksKeepTheSentenceWhole() {
        assertEquals(List.of("T.J. Marlow", "Rita Stone"), speakers("“The vote was closer than anyone expected,” says "
                + "T.J. Marlow, an analyst.\n\nAs Rita Stone, the No. 2 in the party, put it: “We have to win back the "
                + "suburbs.”"));
    }

    @Test
    void aPossessiveBeforeASpeechNounSpeaksTheQuote() {
        assertEquals(List.of("Nora Vance", "Lena Ortiz", "Sam Ford"), speakers("The mayor's race opened in May. Nora "
                + "Vance’s favourite motto is “We build, they talk, and the voters know it.”\n\n"
                + "The plan passed because, in Lena Ortiz’s words, “nobody could afford to vote against the schools.”"
                + "\n\nIt is the old pull of Sam Ford's “a home for every family in the county” promise: voters "
                + "remember it."));
    }

    @Test
    void twoPersonsJoinedByAndGiveTheFirstAsSpeaker() {
        assertEquals(List.of("Ann Lee", "Rita Stone"), speakers("“The new reactor could produce far more fuel than "
                + "declared,” analysts Ann Lee and Tom Roe of the Institute for Energy Studies wrote.\n\n"
                + "“We will not accept a map drawn for one party,” council leader Rita Stone and Mayor Omar Reyes, "
                + "both Democrats, said in a statement."));
    }

    @Test
    void theMainClauseSubjectSpeaksAfterADescriptionOrAnOpeningClause() {
        assertEquals(List.of("Nora Vance", "Paul Grant"), speakers("Former minister of trade Nora Vance clashed "
                + "with the panel on Monday, telling them, “You have had these figures for a year.”\n\n"
                + "When told Ortiz had joined the cabinet, Paul Grant paused for a moment and said that in this "
                + "climate, “I think it helps not to be famous at all.”"));
    }

    @Test
    void theReporterOfAClauseSpeaksTheQuoteItsOwnVerbsGive() {
        assertEquals(List.of("Ruth Adler", "Ruth Adler", "Paul Grant"), speakers("Senator Ruth Adler said on "
                + "Tuesday that the committee rejected her amendment, calling it an “unnecessary burden on the "
                + "budget.”\n\nAt the rally, Ruth Adler said that Reed begged her for support and “would have "
                + "agreed to anything at all.”\n\nTom Reed tweeted after Paul Grant argued that "
                + "“the bridge cannot wait another year.”"));
    }

    @Test
    void aQuoteStandingAloneGoesOnWithTheQuoteOpeningTheSentenceBefore() {
        assertEquals(List.of("Nora Vance", "Nora Vance"), speakers("“Two investors set up a fund against me,” "
                + "Nora Vance said, referring to a group called Harbor Action funded by Tom Reed. “So they must "
                + "think I mean what I say about the banks.”"));
    }

    @Test
    void anInfinitiveReportsForTheSubjectOfItsClause() {
        assertEquals(List.of("Ruth Adler", "Tom Reed", "Omar Reyes", "Lena Ortiz"), speakers("In fairness, "
                + "Ruth Adler would do better to say that “the committee has counted every vote again.”\n\n"
                + "Tom Reed used the hearing to say that “the bridge cannot wait another year.”\n\n"
                + "Mayor Omar Reyes then went on to warn that “the river will flood the lower town again.”\n\n"
                + "Lena Ortiz said Reyes was right to urge residents “to leave before the water rises.”"));
    }

    @Test
    void aVerbOfControlMakesItsObjectTheInfinitivesSubject() {
        assertEquals(Arrays.asList("Omar Reyes", null, "Ann Lee", "Ann Lee"), speakers("Mayor Omar Reyes said on "
                + "Monday, “The charter binds every one of us.”\n\nThe town charter, approved last year, "
                + "includes a clause that requires "
                + "officials to promise “never to sell the river land to a private buyer.”\n\n"
                + "Tom Reed urged Ann Lee to demand “a full count of every ballot cast in the ward.”\n\n"
                + "The vote led Ann Lee to warn that “the bridge will close by the end of the year.”"));
    }

    @Test
    void aCoordinatedVerbAfterAnOpeningTimeIsItsSubjects() {
        assertEquals(List.of("Tom Reed", "Tom Reed"), speakers("Tom Reed has not endorsed anyone this year. Eight "
                + "years ago, he supported Ann Lee and said, “She has never done anything for the town.”\n\n"
                + "In 2012, he supported Omar Reyes and said, “He will fix the bridge within a year.”"));
    }

    @Test
    void verbsOfGrumblingAndDemurringReportWords() {
        assertEquals(List.of("Ruth Adler", "Tom Reed"), speakers("Ruth Adler lost the vote on Monday. That night "
                + "she vented to her staff that the count was “a farce from start to finish.”\n\n"
                + "Tom Reed was asked which district he liked best. He demurred: “Whichever one I am standing in.”"));
    }

    /** The speaker of each quote of a text, in order (null where none is named). */
    private static List<String> speakers(String text) {
        Extracted e = Extracted.from(text);
        return e.quotes().stream().map(e::speaker).toList();
    }
}
