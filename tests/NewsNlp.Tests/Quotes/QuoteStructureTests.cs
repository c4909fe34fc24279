namespace NewsNlp.Tests.Quotes;

/// <summary>One example sentence per attribution structure: content span, kind, cue and speaker mention.</summary>
public class QuoteStructureTests
{
    [Theory]
    // "Q," X said
    [InlineData("\"We will rebuild the bridge by spring,\" Martinez said.", "We will rebuild the bridge by spring,", "direct", "said", "Martinez")]
    // "Q," said X
    [InlineData("\"The budget is balanced,\" said Karen Olsen, the city treasurer.", "The budget is balanced,", "direct", "said", "Karen Olsen")]
    // X said: "Q"
    [InlineData("The mayor said: \"Nobody will lose their job.\"", "Nobody will lose their job.", "direct", "said", "The mayor")]
    // X said, "Q"
    [InlineData("Olsen added, \"We have a surplus for the first time in a decade.\"", "We have a surplus for the first time in a decade.", "direct", "added", "Olsen")]
    // X said (that) Q
    [InlineData("Police Chief Ana Ruiz said that the suspect had fled the country.", "the suspect had fled the country", "indirect", "said", "Ana Ruiz")]
    [InlineData("The ministry said the talks would resume next week.", "the talks would resume next week", "indirect", "said", "The ministry")]
    // Q, X said
    [InlineData("The factory will close in March, the company said on Tuesday.", "The factory will close in March", "indirect", "said", "the company")]
    // according to X, Q
    [InlineData("According to the report, prices rose by four percent last year.", "prices rose by four percent last year", "indirect", "According to", "the report")]
    [InlineData("Prices rose by four percent last year, according to the central bank.", "Prices rose by four percent last year", "indirect", "according to", "the central bank")]
    [InlineData("In addition, according to the ministry, nine million workers will be protected.", "nine million workers will be protected", "indirect", "according to", "the ministry")]
    [InlineData("Fundraising, according to the campaign, has surged.", "Fundraising, according to the campaign, has surged", "indirect", "according to", "the campaign")]
    // Q1, X said, Q2
    [InlineData("This campaign, he says, is different.", "This campaign, he says, is different", "indirect", "says", "he")]
    [InlineData("The talks, officials said, could collapse at any moment.", "could collapse at any moment", "indirect", "said", "officials")]
    // Q, X told someone
    [InlineData("The state was only doing what others do, he told the court in a filing.", "The state was only doing what others do", "indirect", "told", "he")]
    // speech acts with a noun-phrase content
    [InlineData("The governor called for a full inquiry into the fire.", "a full inquiry into the fire", "indirect", "called for", "The governor")]
    [InlineData("Ruiz described the plan as a betrayal of voters.", "the plan as a betrayal of voters", "indirect", "described", "Ruiz")]
    // X, who …, said
    [InlineData("Jonas Berg, who chairs the committee, said the vote would be delayed.", "the vote would be delayed", "indirect", "said", "Jonas Berg")]
    [InlineData("Ruiz, the senator from Oregon, said the nation's problems are daunting.", "the nation's problems are daunting", "indirect", "said", "Ruiz")]
    [InlineData("Earlier this week, Ana Ruiz, who chairs the panel, conceded the plan had failed.", "the plan had failed", "indirect", "conceded", "Ana Ruiz")]
    [InlineData("\"We are tired,\" Ana Ruiz, 67, a retired nurse in Salem, Ore., said on Monday.", "We are tired,", "direct", "said", "Ana Ruiz")]
    [InlineData("In her New Year speech, Ana Ruiz, who leads the council, warned that taxes would rise.", "taxes would rise", "indirect", "warned", "Ana Ruiz")]
    // Q, said X
    [InlineData("The race will be tight, said Dan Ortiz, an analyst in New York.", "The race will be tight", "indirect", "said", "Dan Ortiz")]
    // "Q," X told reporters
    [InlineData("\"There is no deal yet,\" she told reporters in Geneva.", "There is no deal yet,", "direct", "told", "she")]
    // quantifier subjects, a phrase before the clause, objects with an article, "but said"
    [InlineData("Some say the reform came too late.", "the reform came too late", "indirect", "say", "Some")]
    [InlineData("Ruiz said in politics it takes time to build trust.", "in politics it takes time to build trust", "indirect", "said", "Ruiz")]
    [InlineData("Ortiz told the Daily Star he had received many letters.", "he had received many letters", "indirect", "told", "Ortiz")]
    [InlineData("Ruiz said she had met the mayor twice but said nothing came of it.", "she had met the mayor twice", "indirect", "said", "Ruiz")]
    [InlineData("This has been a concern for the party this year, Ortiz said.", "This has been a concern for the party this year", "indirect", "said", "Ortiz")]
    [InlineData("As a local reporter noted, the hall was half empty.", "the hall was half empty", "indirect", "noted", "a local reporter")]
    [InlineData("Ortiz, who calls the mayor a “showman,” said the plan would fail.", "the plan would fail", "indirect", "said", "Ortiz")]
    // X told reporters (that) Q
    [InlineData("Berg told reporters that the vote would be delayed.", "the vote would be delayed", "indirect", "told", "Berg")]
    // colon lead-in after a longer cue phrase
    [InlineData("The senator wrote on Twitter: \"This is a sad day for democracy.\"", "This is a sad day for democracy.", "direct", "wrote", "The senator")]
    // multiword cue
    [InlineData("But the former minister went on: \"We must never forget.\"", "We must never forget.", "direct", "went on", "the former minister")]
    // mixed: reported clause with a quoted fragment
    [InlineData("Ruiz said the suspect was \"extremely dangerous\" and armed.", "the suspect was \"extremely dangerous\" and armed", "mixed", "said", "Ruiz")]
    // Q, X said with a quoted fragment inside
    [InlineData("The mayor was always \"charming and generous,\" Ruiz said.", "The mayor was always \"charming and generous,\"", "mixed", "said", "Ruiz")]
    // a cue in a title-case headline (a capitalised cue elsewhere is a name)
    [InlineData("Mayor Ana Ruiz Says She Will Run Again In 2030.", "She Will Run Again In 2030", "indirect", "Says", "Mayor Ana Ruiz")]
    [InlineData("Fighting Waste, Ortiz Vows To Cut City Spending.", "To Cut City Spending", "indirect", "Vows", "Ortiz")]
    // an approximate number opens a clause; a participle after ", he said," is no content; a state after a city in an appositive;
    // a long parenthesis; "42%"; a participle that opens the reported clause
    [InlineData("About 270 families were moved to the new site, officials said.", "About 270 families were moved to the new site", "indirect", "said", "officials")]
    [InlineData("Sales were great, he said, wiping sweat off his face.", "Sales were great", "indirect", "said", "he")]
    [InlineData("Carl Mendes, a delegate from Austin, Texas, said the turmoil was part of the show.", "the turmoil was part of the show", "indirect", "said", "Carl Mendes")]
    [InlineData("Sen. Dan Ortiz (a Texas Democrat so young he has been mistaken for an aide) says he was unfocused.", "he was unfocused", "indirect", "says", "Dan Ortiz")]
    [InlineData("On economic issues, 42% say they are liberal.", "they are liberal", "indirect", "say", "42%")]
    [InlineData("Ruiz said seeing so many officers at the parade was a relief.", "seeing so many officers at the parade was a relief", "indirect", "said", "Ruiz")]
    // a relative clause's reported content ends where the main clause goes on
    [InlineData("Ruiz, who said last week that the judge was biased against her, smiled at the crowd.", "the judge was biased against her", "indirect", "said", "who")]
    // a semicolon after an inverted attribution
    [InlineData("Candidates need about 40 percent of the vote, analysts say; in 2012, Ortiz got 27 percent.", "Candidates need about 40 percent of the vote", "indirect", "say", "analysts")]
    // a day between the cue and a clause without "that"
    [InlineData("Several news outlets reported on Friday the mayor had met the donors twice.", "the mayor had met the donors twice", "indirect", "reported", "Several news outlets")]
    // a parenthesis between subject and cue
    [InlineData("Sen. Ana Ruiz (D-Ore.) has said that the vote would fail.", "the vote would fail", "indirect", "said", "Ana Ruiz")]
    // said that "…": all of the content inside the marks
    [InlineData("Ruiz said that \"the investigation is far from over.\"", "the investigation is far from over.", "direct", "said", "Ruiz")]
    // British single quotes
    [InlineData("'We are not giving up,' said Ms Patel.", "We are not giving up,", "direct", "said", "Patel")]
    // NYT-style doubled marks
    [InlineData("``We are not giving up,'' Mr. Patel said.", "We are not giving up,", "direct", "said", "Patel")]
    [InlineData("''We are not giving up,'' Mr. Patel said.", "We are not giving up,", "direct", "said", "Patel")]
    // curly marks, lower-case title before the name (a named speaker's mention is the name)
    [InlineData("“It is a fair deal,” said veteran negotiator Tom Reyes.", "It is a fair deal,", "direct", "said", "Tom Reyes")]
    // a dash and a name (pull quotes), a name and a colon
    [InlineData("“We will rebuild.” ― Mayor Ana Ruiz", "We will rebuild.", "direct", "―", "Ana Ruiz")]
    [InlineData("Pollster Daron Shaw: \"Turnout decides everything.\"", "Turnout decides everything.", "direct", ":", "Daron Shaw")]
    // a participle with the sentence's subject
    [InlineData("Reyes rejected the offer, saying it was unfair to workers.", "it was unfair to workers", "indirect", "saying", "Reyes")]
    // an inverted cue whose speaker has an "of"/"for" phrase or a relative clause of its own
    [InlineData("The port had no voice in the new terminal, said a former spokesman for the harbour board, Omar Lind.", "The port had no voice in the new terminal", "indirect", "said", "a former spokesman")]
    [InlineData("The ferry line is within the mayor's strengths, said a handful of councillors who point to her record.", "The ferry line is within the mayor's strengths", "indirect", "said", "a handful")]
    // subject before "and"
    [InlineData("Ms. Lane smiled and said, \"I am waiting for the results.\"", "I am waiting for the results.", "direct", "said", "Lane")]
    // a number before the name after an inverted cue; "that," before the quote; an object of a dozen words before "that"
    [InlineData("\"The reasons do not hold up,\" said 9/11 widow Mary Okafor.", "The reasons do not hold up,", "direct", "said", "Mary Okafor")]
    [InlineData("Mayor Ortiz tweeted that, \"At least you know we will be there, ready to help!\"", "At least you know we will be there, ready to help!", "direct", "tweeted", "Ortiz")]
    [InlineData("He also told one of his young aides on a regular basis that \"patience is the answer.\"", "patience is the answer.", "direct", "told", "He")]
    [InlineData("As Tom Reyes, a lawyer in Salem, recently put it, \"Did the city cut its costs, or just move them?\"", "Did the city cut its costs, or just move them?", "direct", "put it", "Tom Reyes")]
    [InlineData("As the Daily Star put it in a long profile, \"the fixer of the party.\"", "the fixer of the party.", "direct", "put it", "Daily Star")]
    [InlineData("Pressed on the plan, the two replied, \"It was written for the towns first.\"", "It was written for the towns first.", "direct", "replied", "the two")]
    // the clause goes on after the closing mark: the quoted words are a fragment of a mixed quote
    [InlineData("The city reported \"2,521 shooting incidents\" in the year to September.", "\"2,521 shooting incidents\" in the year to September", "mixed", "reported", "The city")]
    [InlineData("He said \"budget reforms\" and the sale of old land would pay for them.", "\"budget reforms\" and the sale of old land would pay for them", "mixed", "said", "He")]
    [InlineData("\"You squeezed the workers\" to drive up the price, she said.", "\"You squeezed the workers\" to drive up the price", "mixed", "said", "she")]
    [InlineData("Ortiz \"is the only candidate who can do it,\" retired general Lloyd Mason said.", "Ortiz \"is the only candidate who can do it,\"", "mixed", "said", "Lloyd Mason")]
    [InlineData("However good the goal, the sales tax \"is a misguided approach,\" said Mr. Burns.", "However good the goal, the sales tax \"is a misguided approach,\"", "mixed", "said", "Burns")]
    // subjects the backward walk missed: a bare collective, a plural with its phrase, a dashed appositive, a long phrase
    [InlineData("The officer was not wearing a camera, police said.", "The officer was not wearing a camera", "indirect", "said", "police")]
    [InlineData("The families watched it on Thursday, lawyers for the family said.", "The families watched it on Thursday", "indirect", "said", "lawyers for the family")]
    [InlineData("Reyes -- author of a book about the mayor -- said the mayor liked to surprise people.", "the mayor liked to surprise people", "indirect", "said", "Reyes")]
    [InlineData("Experts on Chile and trade policy said the deal could change that.", "the deal could change that", "indirect", "said", "Experts")]
    [InlineData("Those close to him say that, in addition to Smith, he would consider Lee.", "in addition to Smith, he would consider Lee", "indirect", "say", "Those close")]
    // "said no decision …" is a clause; a long place phrase before "that"; an object before a pronoun
    [InlineData("A lawyer for the newspapers said no decision had been made about an appeal.", "no decision had been made about an appeal", "indirect", "said", "A lawyer for the newspapers")]
    [InlineData("Ortiz says at a campaign stop in Dayton, Ohio, that the plan means nobody pays more.", "the plan means nobody pays more", "indirect", "says", "Ortiz")]
    [InlineData("Ortiz told the crowd he was against the new tax.", "he was against the new tax", "indirect", "told", "Ortiz")]
    // Q1, X said, and Q2: the first part; a time of day after the cue is not content
    [InlineData("It would take three weeks to convene the board, he said, and the fight could be long.", "It would take three weeks to convene the board", "indirect", "said", "he")]
    [InlineData("The plan is an insult to every farmer, farm lawmakers said Friday afternoon, as they left.", "The plan is an insult to every farmer", "indirect", "said", "lawmakers")]
    [InlineData("The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid less.", "The middle fifth paid 8.9 percent", "indirect", "said", "the agency")]
    // a progressive or a negated verb of saying is a cue ("is saying", "didn't say"); a participle after "X said," is not the content
    [InlineData("Voters are saying the race is close.", "the race is close", "indirect", "saying", "Voters")]
    [InlineData("Ortiz didn't say whether she would run again.", "whether she would run again", "indirect", "say", "Ortiz")]
    [InlineData("The plan will cost jobs, she said, referencing the closure of the mill.", "The plan will cost jobs", "indirect", "said", "she")]
    // ", and X warned …" ends the first reported clause
    [InlineData("Ortiz stressed that the reforms were not complete, and rights groups warned of delays.", "the reforms were not complete", "indirect", "stressed", "Ortiz")]
    // "cautioned, as did X, that …"; "warned state officials to …" (the object belongs to the content)
    [InlineData("Several experts cautioned, as did the campaign itself, that the plan might change.", "the plan might change", "indirect", "cautioned", "Several experts")]
    [InlineData("The agency warned state officials to boost their security.", "state officials to boost their security", "indirect", "warned", "The agency")]
    // an object with a determiner before "if" or "to" belongs to the content
    [InlineData("Then Mr. Reyes asked the students if they were always so serious.", "the students if they were always so serious", "indirect", "asked", "Reyes")]
    // a quote after "citing" in an appositive is not the content of the "said" after it; "While X said …, he …"; a relative clause in the subject
    [InlineData("Mr. Lane, citing \"the magic of the mayor,\" said the party could win in the north.", "the party could win in the north", "indirect", "said", "Lane")]
    [InlineData("While Ramos said that reporters cannot have party ties, he seemed uneasy.", "reporters cannot have party ties", "indirect", "said", "Ramos")]
    [InlineData("Progressive groups that have endorsed him say the delegates should choose.", "the delegates should choose", "indirect", "say", "Progressive groups")]
    public void Structure_GivesContentKindCueAndSpeaker(string text, string content, string kind, string cue, string speaker)
    {
        // Speech structures: with stances on, "Reyes rejected the offer" is an attribution of its own (see QuoteStanceTests).
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote(content, kind, cue, speaker);
    }

    [Fact]
    public void SecondCueAfterAQuotedFragmentAndAnd_SharesTheFirstSubject()
    {
        const string text = "Ortiz said on Monday that she would \"build a coalition\" and insisted that her party was still the strongest.";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("she would \"build a coalition\"", "her party was still the strongest");
        doc.Quotes[1].Cue!.Text.Should().Be("insisted");
        doc.Quotes[1].Speaker!.Text.Should().Be("Ortiz");
    }

    [Fact]
    public void TopicAfterWarnedOf_IsTheContent_AndARelativeThatDoesNotStartIt()
    {
        const string text = "The delegate warned of a long fight ahead that could divide the party.";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("a long fight ahead that could divide the party");
        q.Speaker!.Text.Should().Be("The delegate");
    }

    [Theory]
    [InlineData("Ortiz promised to \"scrap\" the old budget.", "to \"scrap\" the old budget", "promised")]
    [InlineData("Ana Ruiz said in an op-ed, \"The agency failed to act.\"", "The agency failed to act.", "said")]
    public void QuotedVerbInAnInfinitive_AndAHyphenatedLeadIn(string text, string content, string cue)
    {
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Cue!.Text.Should().Be(cue);
    }

    [Fact]
    public void ParticipleAfterACommaInsideAClosingMark_TakesTheSentenceSubject()
    {
        const string text = "Ruiz talked up her \"all-county plan,\" promising to campaign in every town.";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("to campaign in every town");
        q.Cue!.Text.Should().Be("promising");
        q.Speaker!.Text.Should().Be("Ruiz");
    }

    [Theory]
    [InlineData("Noting that both towns had lost jobs, Ruiz turned to the budget.", "both towns had lost jobs", "Noting", "Ruiz")]
    [InlineData("Declaring that only he could fix the roads, the former mayor walked off the stage.", "only he could fix the roads", "Declaring", "the former mayor")]
    [InlineData("After arguing that the ferry tax was unfair, Ruiz voted for it anyway.", "the ferry tax was unfair", "arguing", "Ruiz")]
    [InlineData("In insisting that the count was wrong, the council delayed the vote.", "the count was wrong", "insisting", "the council")]
    public void OpeningParticipleClause_HasTheMainClauseSubjectAsSpeaker(string text, string content, string cue, string speaker)
    {
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Cue!.Text.Should().Be(cue);
        q.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void ParticipleAfterAfterOrBefore_TakesTheSentenceSubject()
    {
        const string text = "Ruiz walked out of the hall before insisting that the vote had been rigged.";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("the vote had been rigged");
        q.Cue!.Text.Should().Be("insisting");
        q.Speaker!.Text.Should().Be("Ruiz");
    }

    [Fact]
    public void CueAfterCommaThen_TakesTheSentenceSubject()
    {
        const string text = "Ruiz paused, then said the new bridge would open in May.";
        var q = QuoteTestSupport.SpeechOnly.Process(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("the new bridge would open in May");
        q.Speaker!.Text.Should().Be("Ruiz");
    }

    [Fact]
    public void NounLikeCueAfterWho_IsAVerb()
    {
        const string text = "The mayor faces dozens of tenants who claim she ignored their letters.";
        var q = QuoteTestSupport.SpeechOnly.Process(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("she ignored their letters");
        q.Cue!.Text.Should().Be("claim");
        q.Speaker!.Text.Should().Be("who");
    }

    [Fact]
    public void ThatAfterAnotherSubjectsVerb_DoesNotOpenTheFirstCuesClause()
    {
        const string text = "While Ruiz promised to cut the ferry fares, Okafor insisted that the budget was too small.";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("to cut the ferry fares", "the budget was too small");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("promised", "insisted");
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal("Ruiz", "Okafor");
    }

    [Theory]
    [InlineData("She's said that the bridge will open in May.", "the bridge will open in May", "said", "She")]
    [InlineData("They’ve argued the ferry levy is unfair to commuters.", "the ferry levy is unfair to commuters", "argued", "They")]
    [InlineData("He’d warned that the vote could slip to June.", "the vote could slip to June", "warned", "He")]
    public void ContractedAuxiliaryBeforeTheCue_IsNotAPossessive(string text, string content, string cue, string speaker)
    {
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote(content, "indirect", cue, speaker);
    }

    [Fact]
    public void DirectQuoteCueInACoordinatedPredicate_EndsTheReportedClause()
    {
        const string text = "Ruiz joked that the ferry was late, but went on to say, \"The buses are worse.\"";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("the ferry was late", "The buses are worse.");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("joked", "say");
    }

    [Fact]
    public void CueAfterAndWithAnAuxiliary_TakesTheSentenceSubject()
    {
        const string text = "Okafor thanked the volunteers and has said that the shelter will stay open.";
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote("the shelter will stay open", "indirect", "said", "Okafor");
    }

    [Theory]
    [InlineData("Okafor continued to insist that the bridge was safe.", "the bridge was safe", "insist", "Okafor")]
    [InlineData("The governor is likely to say the budget is balanced.", "the budget is balanced", "say", "The governor")]
    [InlineData("Ruiz said, twice, that the ferry would run on time.", "the ferry would run on time", "said", "Ruiz")]
    [InlineData("Voters still say the ferry matters more than the bridge.", "the ferry matters more than the bridge", "say", "Voters")]
    public void CueAfterACatenativeVerb_TakesItsSubject(string text, string content, string cue, string speaker)
    {
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote(content, "indirect", cue, speaker);
    }

    [Fact]
    public void ParticipleAfterAWithPhrase_HasThePhraseAsSpeaker()
    {
        const string text = "The survey found the mayor ahead, with 30 percent of voters saying the bridge should wait.";
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote("the bridge should wait", "indirect", "saying", "30 percent of voters");
    }

    [Fact]
    public void ApproximateNumberAfterTheCue_OpensTheClause()
    {
        const string text = "Ruiz said about 200 families had left the island.";
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote("about 200 families had left the island", "indirect", "said", "Ruiz");
    }

    [Fact]
    public void SourceCloseToAnObjectPronoun_IsTheSpeaker()
    {
        const string text = "Ruiz will change her approach to the council, a source close to her said.";
        QuoteTestSupport.SpeechOnly.Process(text).ShouldHaveOneQuote("Ruiz will change her approach to the council", "indirect", "said", "a source close to her");
    }

    [Fact]
    public void ParticipleAfterAnInvertedAttribution_KeepsBothAndSharesTheSpeaker()
    {
        const string text = "The ferry will run late all week, Okafor said on Tuesday, adding, \"Nobody will be stranded.\"";
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("The ferry will run late all week", "Nobody will be stranded.");
        doc.Quotes.Select(q => q.Cue!.Text).Should().Equal("said", "adding");
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal("Okafor", "Okafor");
    }

    [Theory]
    [InlineData("The ferry will close in May, the Daily Courier reported late Friday.", "The ferry will close in May")]
    [InlineData("The Daily Courier reported at least six ferries were late.", "at least six ferries were late")]
    public void ReportedByAnOutlet_LateTailAndAtLeast(string text, string content)
    {
        var q = QuoteTestSupport.SpeechOnly.Process(text).Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Speaker!.Text.Should().EndWith("Daily Courier");
    }

    [Theory]
    [InlineData("Most voters said the ferry was late and one in four said the fares were too high.", "the ferry was late", "the fares were too high", "one in four")]
    [InlineData("Ruiz said the ferry was late and she added that fares would rise.", "the ferry was late", "fares would rise", "she")]
    [InlineData("Ruiz admitted they had \"met a few times,\" she insisted they were never close.", "they had \"met a few times,\"", "they were never close", "she")]
    public void NewSubjectWithItsOwnCue_EndsTheFirstClause(string text, string first, string second, string secondSpeaker)
    {
        var doc = QuoteTestSupport.SpeechOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal(first, second);
        doc.Quotes[1].Speaker!.Text.Should().Be(secondSpeaker);
    }

    [Fact]
    public void SplitQuote_GivesTwoPartsWithTheSameCueAndSpeaker()
    {
        const string text = "\"We tried,\" he said, \"but the river was too high.\"";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal("We tried,", "but the river was too high.");
        doc.Quotes.Should().AllSatisfy(q =>
        {
            q.Kind.Should().Be(QuoteKind.Direct);
            q.Cue!.Text.Should().Be("said");
            q.Speaker!.Span.Should().Be(new TextSpan(text.IndexOf("he said", StringComparison.Ordinal), 2));
        });
    }

    [Fact]
    public void QuoteEndingASentence_IsNotAttributedToTheNextSentence()
    {
        const string text = "Ruiz replied: \"It is not true.\" He said the figures were wrong.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.Quotes.Select(q => (q.Text, q.Kind, q.Cue?.Text)).Should().Equal(
            ("It is not true.", QuoteKind.Direct, "replied"), ("the figures were wrong", QuoteKind.Indirect, "said"));
    }

    [Fact]
    public void SecondQuoteInParagraph_SharesTheAttribution()
    {
        const string text = "\"We tried,\" Reyes said. \"The river was too high.\"";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.Quotes.Select(q => (q.Text, q.Cue?.Text, q.Speaker?.Text)).Should().Equal(
            ("We tried,", "said", "Reyes"), ("The river was too high.", "said", "Reyes"));
    }

    [Theory]
    [InlineData("They signed a \"lasting peace\" with their neighbours.")]
    [InlineData("The film \"Gone With the Wind\" was shown twice.")]
    [InlineData("Critics called the plan \"reckless\" on Monday.")]
    [InlineData("He is nicknamed \"the Bulldozer\" by colleagues.")]
    public void ScareQuotesAndTitles_AreNotSpeech(string text)
    {
        // Not speech; with stances on, "Critics called the plan "reckless"" is a stance (QuoteStanceTests).
        QuoteTestSupport.SpeechOnly.Process(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void QuotedFragmentInsideReportedSpeech_MakesItMixed_AndIsNotAQuoteOfItsOwn()
    {
        const string text = "Mendes said on Tuesday that the rebels were ready for talks on a \"lasting peace\" with the government.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.Quotes.Should().ContainSingle();
        doc.Quotes[0].Kind.Should().Be(QuoteKind.Mixed);
        doc.Quotes[0].Text.Should().Be("the rebels were ready for talks on a \"lasting peace\" with the government");
    }

    [Theory]
    [InlineData("The plan was said to be ready.")]
    [InlineData("The claims that he made were false.")]
    [InlineData("He was told to wait outside.")]
    [InlineData("They're told that the ferry will run late.")]
    [InlineData("Ruiz's claims about the ferry were false.")]
    [InlineData("She said nothing.")]
    [InlineData("The prize went to Jon Says, a poet from Ohio, and to two painters.")]
    public void CueWordsThatIntroduceNoSpeech_GiveNoQuote(string text)
    {
        QuoteTestSupport.QuotesOnly.Process(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void WithoutReportedSpeech_OnlyDirectQuotesRemain()
    {
        var nlp = new NewsPipelineBuilder().UseQuotes(new QuotesOptions { IncludeReported = false }).Build();
        var doc = nlp.Process("Ruiz said the suspect had fled. \"He is dangerous,\" she said.");
        doc.Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
    }
}
