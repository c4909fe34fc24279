using System.Collections.Immutable;
using FluentAssertions;
using NewsNlp.Entities;
using NewsNlp;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The document-level steps (<see cref="EntityGrouper.UnifyTypes"/>, <see cref="EntityGrouper.Propagate"/>) on hand-made mentions.</summary>
public class EntitiesUnifyTypesTests
{
    /// <summary>Hand-made tagger output: mentions over token ranges [First, End) of the text.</summary>
    private static List<WorkMention> Mentions(string text, ImmutableArray<Token> tokens, (int First, int End, EntityType Type)[] spans) =>
        spans.Select(s => new WorkMention
        {
            First = s.First, End = s.End, Type = s.Type,
            Text = text[tokens[s.First].Start..tokens[s.End - 1].End],
        }).ToList();

    private static List<WorkMention> Unify(string text, params (int First, int End, EntityType Type)[] spans)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var mentions = Mentions(text, tokens, spans);
        var scratch = EntityScratch.Rent(text);
        try
        {
            EntityGrouper.UnifyTypes(text, tokens, mentions, scratch);
        }
        finally
        {
            EntityScratch.Return(scratch);
        }
        return mentions;
    }

    [Theory]
    [InlineData(EntityType.Org)]
    [InlineData(EntityType.Misc)]
    public void GivenNameAlone_OfAFullNameInTheDocument_BecomesThePerson(EntityType tagged)
    {
        // tokens: Saddam(0) Hussein(1) was(2) tried(3) .(4) Saddam(5) denied(6) it(7) .(8)
        var m = Unify("Saddam Hussein was tried. Saddam denied it.", (0, 2, EntityType.Person), (5, 6, tagged));
        m[1].Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void GivenNameAlone_TaggedAsAPlace_StaysAPlace()
    {
        // "Jordan" the country stays a place even when a "Jordan Smith" is named.
        var m = Unify("Jordan Smith flew home. Jordan closed its border.", (0, 2, EntityType.Person), (5, 6, EntityType.Gpe));
        m[1].Type.Should().Be(EntityType.Gpe);
    }

    [Fact]
    public void SameText_GetsTheMajorityType()
    {
        var m = Unify("Acme rose. Acme fell. Acme won.", (0, 1, EntityType.Org), (3, 4, EntityType.Org), (6, 7, EntityType.Person));
        m.Select(x => x.Type).Should().Equal(EntityType.Org, EntityType.Org, EntityType.Org);
    }

    private static List<WorkMention> Propagate(string text, params (int First, int End, EntityType Type)[] spans)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        ImmutableArray<Sentence> sentences = [new Sentence(TextSpan.FromBounds(0, text.Length), 0, tokens.Length, 0)];
        var mentions = Mentions(text, tokens, spans);
        var scratch = EntityScratch.Rent(text);
        try
        {
            EntityGrouper.Propagate(text, tokens, sentences, mentions, scratch);
        }
        finally
        {
            EntityScratch.Return(scratch);
        }
        return mentions;
    }

    [Fact]
    public void Propagate_FindsAnUntaggedRepeat()
    {
        // tokens: Troops(0) from(1) the(2) South(3) arrived(4) .(5) The(6) South(7) voted(8) .(9)
        var m = Propagate("Troops from the South arrived. The South voted.", (3, 4, EntityType.Loc));
        m.Select(x => (x.First, x.Type)).Should().Equal((3, EntityType.Loc), (7, EntityType.Loc));
    }

    [Fact]
    public void Propagate_NotRightBeforeAnotherMention()
    {
        // "South" of "South Korean" is not the region "South" named earlier.
        // tokens: Troops(0) from(1) the(2) South(3) arrived(4) .(5) The(6) South(7) Korean(8) envoy(9) left(10) .(11)
        var m = Propagate("Troops from the South arrived. The South Korean envoy left.", (3, 4, EntityType.Loc), (8, 9, EntityType.Norp));
        m.Select(x => x.First).Should().Equal(3, 8);
    }
}
