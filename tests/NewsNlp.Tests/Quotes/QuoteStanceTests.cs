namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Attributions of belief, stance, intention and evidence (<see cref="QuotesOptions.IncludeStances"/>, off by default):
/// one example sentence per structure, with content span, kind, cue and speaker mention. Speaker null is written as "".
/// </summary>
public class QuoteStanceTests
{
    [Theory]
    // X <stance verb> <noun phrase>
    [InlineData("Senator Ana Ruiz endorsed the governor for a second term.", "the governor for a second term", "indirect", "endorsed", "Ana Ruiz")]
    [InlineData("The union criticized the decision to close the plant.", "the decision to close the plant", "indirect", "criticized", "The union")]
    [InlineData("Okafor opposed it.", "it", "indirect", "opposed", "Okafor")]
    [InlineData("The lawmaker wants Okafor removed from the board.", "Okafor removed from the board", "indirect", "wants", "The lawmaker")]
    [InlineData("Governor Okafor Endorses Ana Ruiz For Mayor.", "Ana Ruiz For Mayor", "indirect", "Endorses", "Governor Okafor")]
    // a relative clause ending in a quoted word before the main verb
    [InlineData("The governor, who once called the tax \"a disgrace,\" signed it on Friday.", "the tax \"a disgrace,\"", "mixed", "called", "who")]
    // a non-restrictive "which" after a name
    [InlineData("The plan drew fire from Acme Foods, which opposed the new levy.", "the new levy", "indirect", "opposed", "which")]
    // Q, X <belief or evidence verb>
    [InlineData("The plant lost money in each of the last three years, records show.", "The plant lost money in each of the last three years", "indirect", "show", "records")]
    [InlineData("Turnout will be high in the cities, most analysts expect.", "Turnout will be high in the cities", "indirect", "expect", "most analysts")]
    // a share of a group as the subject
    [InlineData("About 60 percent of voters support the plan.", "the plan", "indirect", "support", "About 60 percent of voters")]
    [InlineData("Most voters favor a larger role for the state.", "a larger role for the state", "indirect", "favor", "Most voters")]
    // impressions and questions without a source
    [InlineData("The mayor's supporters seemed equally unperturbed by the news.", "The mayor's supporters seemed equally unperturbed by the news", "indirect", "seemed", "")]
    [InlineData("Asked on Monday whether she would run again, Ruiz shook her head.", "whether she would run again", "indirect", "Asked", "")]
    [InlineData("In an interview last year, the senator was asked what had gone wrong in the campaign.", "what had gone wrong in the campaign", "indirect", "was asked", "")]
    // X <stance verb> to …
    [InlineData("The mayor wants to expand the bus network.", "to expand the bus network", "indirect", "wants", "The mayor")]
    [InlineData("Lindqvist declined to say whether the talks had failed.", "to say whether the talks had failed", "indirect", "declined", "Lindqvist")]
    // a verb of saying with an infinitive: "promised to …", "agreed to …"
    [InlineData("The governor promised to cut property taxes.", "to cut property taxes", "indirect", "promised", "The governor")]
    // X <belief verb> (that) Q
    [InlineData("Farmers fear the drought will last another year.", "the drought will last another year", "indirect", "fear", "Farmers")]
    // evidence: a poll, records, a study
    [InlineData("A new poll shows the senator trailing by nine points.", "the senator trailing by nine points", "indirect", "shows", "A new poll")]
    // with a quoted fragment: mixed
    [InlineData("Critics called the plan \"reckless\" on Monday.", "the plan \"reckless\" on Monday", "mixed", "called", "Critics")]
    // object before "of" / "to": part of the content
    [InlineData("The union accused Okafor of breaking the agreement.", "Okafor of breaking the agreement", "indirect", "accused", "The union")]
    [InlineData("Okafor urged voters to stay home.", "voters to stay home", "indirect", "urged", "Okafor")]
    // phrase cue
    [InlineData("Supporters pointed to the new jobs at the plant.", "the new jobs at the plant", "indirect", "pointed to", "Supporters")]
    // according to a lower-case source
    [InlineData("Turnout was low in the north, according to election officials.", "Turnout was low in the north", "indirect", "according to", "election officials")]
    // when asked whether …: the question, nobody's in particular
    [InlineData("When asked whether she would run again, Ruiz smiled.", "whether she would run again", "indirect", "asked", "")]
    // sourceless expectation
    [InlineData("The measure is expected to pass easily.", "The measure is expected to pass easily", "indirect", "is expected", "")]
    // In a poll …, Q
    [InlineData("In a survey released Monday, 52 percent of voters chose the mayor.", "52 percent of voters chose the mayor", "indirect", "In", "a survey released Monday")]
    // a progressive is the finite verb; phrasal stances; the participle of "show"
    [InlineData("The mayor is once again questioning the count in the third district.", "the count in the third district", "indirect", "questioning", "The mayor")]
    [InlineData("Ortiz is calling for a full recount in the district.", "a full recount in the district", "indirect", "calling for", "Ortiz")]
    [InlineData("The governor laid out her proposals to expand the bus network.", "her proposals to expand the bus network", "indirect", "laid out", "The governor")]
    [InlineData("Polls have shown the mayor trailing in the north.", "the mayor trailing in the north", "indirect", "shown", "Polls")]
    // a manner adverb between subject and cue
    [InlineData("The experts generally praised the mayor's plan for small shops.", "the mayor's plan for small shops", "indirect", "praised", "The experts")]
    // the head of a subject is the word before its preposition; a noun-like form with an object is a verb; a lower-case plural object
    [InlineData("A memorable ad in 2008 questioned whether the senator was ready.", "whether the senator was ready", "indirect", "questioned", "A memorable ad in 2008")]
    [InlineData("Others in the community have opposed the resolution.", "the resolution", "indirect", "opposed", "Others in the community")]
    [InlineData("The ad also mentions Dan Moore, a former inmate.", "Dan Moore, a former inmate", "indirect", "mentions", "The ad")]
    // with stances, a verb of saying with a noun phrase for content
    [InlineData("The governor complained about the noise in the hall.", "about the noise in the hall", "indirect", "complained", "The governor")]
    // a catenative verb before the cue: the subject is its subject
    [InlineData("Ruiz went on to call the levy unfair.", "the levy unfair", "indirect", "call", "Ruiz")]
    // "spoke about/of": the topic is the content
    [InlineData("Ruiz spoke passionately about the future of the ferry.", "the future of the ferry", "indirect", "spoke passionately about", "Ruiz")]
    [InlineData("Okafor spoke to the Daily Courier about the ferry levy.", "the ferry levy", "indirect", "spoke to the Daily Courier about", "Okafor")]
    // an adverb or "not" inside a sourceless expectation; "according to" after a comma inside a closing mark or an opening bracket
    [InlineData("The ferry levy is widely expected to pass in May.", "The ferry levy is widely expected to pass in May", "indirect", "is widely expected", "")]
    [InlineData("The ferry levy isn't expected to pass in May.", "The ferry levy isn't expected to pass in May", "indirect", "isn't expected", "")]
    [InlineData("The ferry became \"the pride of the island,\" according to Okafor.", "The ferry became \"the pride of the island,\"", "mixed", "according to", "Okafor")]
    [InlineData("(According to the harbor board, the ferry keeps no logs.)", "the ferry keeps no logs", "indirect", "According to", "the harbor board")]
    // a light verb with a noun of saying or stance: "made the case that", "took issue with", "raised questions about"
    [InlineData("Ruiz made the case that the ferry should stay public.", "the ferry should stay public", "indirect", "made the case that", "Ruiz")]
    [InlineData("Okafor took issue with the new levy.", "the new levy", "indirect", "took issue with", "Okafor")]
    [InlineData("The audit raised new questions about the ferry contract.", "the ferry contract", "indirect", "raised new questions about", "The audit")]
    // an adjective of stance after "be"
    [InlineData("Ruiz has been critical of the ferry levy.", "the ferry levy", "indirect", "critical of", "Ruiz")]
    [InlineData("Okafor is skeptical that the bridge will open.", "the bridge will open", "indirect", "skeptical that", "Okafor")]
    // a progressive with a manner adverb
    [InlineData("Yet they're mostly proposing cuts the council already made.", "cuts the council already made", "indirect", "proposing", "they")]
    // a noun of stance after a possessive: the possessor is the source
    [InlineData("Okafor's attacks on the harbor board grew sharper.", "the harbor board grew sharper", "indirect", "attacks on", "Okafor")]
    [InlineData("Ruiz stood by her claim that the ferry was safe.", "the ferry was safe", "indirect", "claim that", "her")]
    [InlineData("Okafor's latest attacks on the harbor board grew sharper.", "the harbor board grew sharper", "indirect", "attacks on", "Okafor")]
    // an infinitive of purpose: the clause's subject
    [InlineData("Several residents gathered at the pier to praise the ferry crew.", "the ferry crew", "indirect", "praise", "Several residents")]
    // the topic of a question without a source
    [InlineData("The senator was asked about the ferry loan.", "the ferry loan", "indirect", "was asked", "")]
    // "both of …" as a share; "made a call for"
    [InlineData("Both of the remaining rivals criticized the ferry levy.", "the ferry levy", "indirect", "criticized", "Both of the remaining rivals")]
    [InlineData("Ruiz made an impassioned call for an end to ferry subsidies.", "an end to ferry subsidies", "indirect", "made an impassioned call for", "Ruiz")]
    // verbs of criticism and praise mined from train
    [InlineData("Okafor chided the harbor board for its silence.", "the harbor board for its silence", "indirect", "chided", "Okafor")]
    [InlineData("Ruiz likened the ferry levy to a toll on the poor.", "the ferry levy to a toll on the poor", "indirect", "likened", "Ruiz")]
    [InlineData("The mayor downplayed the delays at the pier.", "the delays at the pier", "indirect", "downplayed", "The mayor")]
    [InlineData("Okafor contradicted the harbor board on the ferry costs.", "the harbor board on the ferry costs", "indirect", "contradicted", "Okafor")]
    public void Stance_GivesContentKindCueAndSpeaker(string text, string content, string kind, string cue, string speaker)
    {
        QuoteTestSupport.QuotesOnly.Process(text).ShouldHaveOneQuote(content, kind, cue, speaker);
    }

    [Theory]
    [InlineData("Ruiz wants a new ferry for the island while Okafor prefers a bridge.", "a new ferry for the island", "wants", "Ruiz", "a bridge", "prefers", "Okafor")]
    [InlineData("The mayor said most residents wanted to stay, while 95 members favored the plan.", "most residents wanted to stay", "said", "The mayor", "the plan", "favored", "95 members")]
    [InlineData("The council is calling for the ferry to be sold after the mayor suggested that fares would rise.", "the ferry to be sold", "calling for", "The council", "fares would rise", "suggested", "the mayor")]
    [InlineData("Ruiz supported the ferry levy and Okafor opposed it.", "the ferry levy", "supported", "Ruiz", "it", "opposed", "Okafor")]
    [InlineData("Okafor is backing the ferry plan because he worries the bridge would cost too much.", "the ferry plan", "backing", "Okafor", "the bridge would cost too much", "worries", "he")]
    public void ContrastWithItsOwnSubjectAndCue_EndsTheFirstClause(string text, string c1, string cue1, string s1, string c2, string cue2, string s2)
    {
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal(c1, c2);
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal(cue1, cue2);
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal(s1, s2);
    }

    [Fact]
    public void ParticipleAfterACommaInsideAClosingMark_EndsTheStance()
    {
        const string text = "Okafor called the levy \"a disgrace,\" accusing the council of waste.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("the levy \"a disgrace,\"", "the council of waste");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("called", "accusing");
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal("Okafor", "Okafor");
    }

    [Fact]
    public void ReasonClauseWithItsOwnSubjectAndCue_EndsTheFirstClause()
    {
        var doc = QuoteTestSupport.QuotesOnly.Process("Ruiz said the board failed the town because she believed the audit was rigged.");
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("the board failed the town", "the audit was rigged");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("said", "believed");
    }

    [Fact]
    public void ParticipleAfterBefore_EndsTheStanceBeforeIt()
    {
        var doc = QuoteTestSupport.QuotesOnly.Process("Okafor praised the ferry crew before explaining why the pier stayed shut.");
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("the ferry crew", "why the pier stayed shut");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("praised", "explaining");
    }

    [Fact]
    public void HeadlineColon_NeedsAPersonOrOrganisation()
    {
        const string text = "Ruiz: The strike will go on.\n\nDisclaimer: This story was edited for length.";
        var entities = QuoteTestSupport.Mentions(text, ("Ruiz", EntityType.Person, "Ana Ruiz"));
        var doc = QuoteTestSupport.WithEntities(entities, QuoteTestSupport.Stances).Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().ContainSingle();
        doc.Quotes[0].Text.Should().Be("The strike will go on");
        doc.Quotes[0].Cue!.Text.Should().Be(":");
        doc.Quotes[0].SpeakerName.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void SecondVerbOfTheSameSubject_InTheCuesTense_IsAnAttributionOfItsOwn()
    {
        const string text = "Okafor says he respects the mayor and calls her \"a tireless public servant.\"";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().HaveCount(2);
        doc.Quotes[0].Text.Should().Be("he respects the mayor");
        doc.Quotes[1].Text.Should().Be("her \"a tireless public servant.\"");
        doc.Quotes[1].Cue!.Text.Should().Be("calls");
        doc.Quotes[1].Speaker!.Text.Should().Be("Okafor");

        // A verb in another tense belongs to the reported clause.
        const string other = "Ruiz said the plan would help families and supports new jobs.";
        QuoteTestSupport.QuotesOnly.Process(other).Quotes.Should().ContainSingle()
            .Which.Text.Should().Be("the plan would help families and supports new jobs");
    }

    [Fact]
    public void CoordinatedParticiples_GiveTwoAttributions()
    {
        const string text = "Ortiz went after Ruiz over her taxes, calling it \"disqualifying\" and asserting that voters deserve better.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("it \"disqualifying\"", "voters deserve better");
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal("Ortiz", "Ortiz");
    }

    [Fact]
    public void SpeechComesFirst_TheStanceInsideIsNotAQuoteOfItsOwn()
    {
        // The speech verb claims the sentence; the stance inside the reported clause is not a quote of its own (quotes never overlap).
        const string text = "Prime Minister Lena Berg has offered to host the talks, she said on Friday.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().ContainSingle();
        var said = doc.Quotes[0];
        said.Text.Should().Be("Prime Minister Lena Berg has offered to host the talks");
        said.Cue!.Text.Should().Be("said");
        said.Speaker!.Text.Should().Be("she");
    }

    [Theory]
    [InlineData("The levy led in a harbor board poll released Sunday.")]
    [InlineData("The mayor leads with 40 pledged delegates.")]
    [InlineData("Ruiz found herself in a tight race.")]
    public void ParticipleWithOnlyATime_PledgedDelegates_FoundHerself_AreNoStances(string text)
    {
        QuoteTestSupport.QuotesOnly.Process(text).Quotes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Senator Ana Ruiz endorsed the governor for a second term.")]
    [InlineData("The mayor wants to expand the bus network.")]
    [InlineData("A new poll shows the senator trailing by nine points.")]
    [InlineData("The measure is expected to pass easily.")]
    [InlineData("Farmers fear the drought will last another year.")]
    [InlineData("The governor complained about the noise in the hall.")]
    [InlineData("Okafor's attacks on the harbor board grew sharper.")]
    [InlineData("Ruiz has been critical of the ferry levy.")]
    [InlineData("Ruiz made the case that the ferry should stay public.")]
    public void SpeechOnly_LeavesStancesOut(string text)
    {
        QuoteTestSupport.SpeechOnly.Process(text).Quotes.Should().BeEmpty();
    }

    [Theory]
    // not a stance: no agent-like subject, a noun, a passive
    [InlineData("A group called Veterans First held a rally.")]
    [InlineData("The plan was criticized by the union.")]
    [InlineData("The governor appeared on CNN on Sunday.")]
    [InlineData("Their support for the plan faded.")]
    [InlineData("Disclaimer: This story was edited for length.")]
    public void NotAStance(string text)
    {
        QuoteTestSupport.QuotesOnly.Process(text).Quotes.Should().BeEmpty();
    }
}
