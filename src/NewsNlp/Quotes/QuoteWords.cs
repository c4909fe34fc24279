using System.Collections.Frozen;

namespace NewsNlp.Quotes;

/// <summary>Small closed word classes the quote finder needs (no part-of-speech tagger).</summary>
internal static class QuoteWords
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners =
        Set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many", "several",
            "two", "three", "four", "both", "other", "another", "one", "most", "few", "all", "each", "every", "no", "any", "such");

    // Words that end a subject phrase walking backwards, or end a reported clause walking forwards.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_boundaries =
        Set("that", "which", "and", "but", "or", "nor", "because", "when", "while", "if", "as", "before", "after", "since", "than",
            "though", "although", "unless", "until", "whether", "where", "so", "yet", "however", "meanwhile", "what", "how", "why",
            "is", "was", "were", "are", "be", "been", "being", "am", "do", "does", "did", "not", "to", "by", "also", "then", "once",
            "whom", "whose", "there", "here", "just", "only", "even", "still", "now", "instead", "later", "earlier", "said", "says",
            "told", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall");

    // Adverbs and auxiliaries between a subject and its cue ("he also said", "she has repeatedly said").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_preCueAdverbs =
        Set("also", "later", "then", "previously", "once", "recently", "repeatedly", "has", "have", "had", "would", "will", "again",
            "further", "simply", "just", "often", "reportedly", "long", "never", "always", "publicly", "privately", "flatly", "quickly",
            "initially", "first", "finally", "subsequently", "separately", "earlier", "now", "since", "frequently", "already", "even",
            "only", "ultimately", "loudly", "angrily", "openly", "had", "has", "did", "does", "do", "could", "might", "may", "can", "soon", "still");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pronouns =
        Set("he", "she", "they", "it", "i", "we", "you");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_objectWords =
        Set("him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters", "lawmakers", "voters", "listeners",
            "viewers", "readers", "the", "a", "an", "it", "his", "their", "audiences", "crowds", "everyone", "anyone", "people");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions =
        Set("in", "on", "at", "during", "after", "before", "to", "from", "with", "by", "about", "of", "for", "as", "into", "via",
            "through", "over", "under", "around", "outside", "inside", "near", "against", "without", "within", "amid", "like", "among",
            "amongst", "despite", "toward", "towards", "across");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_timeWords =
        Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "recently",
            "earlier", "later", "previously", "again", "also", "then", "privately", "publicly", "repeatedly", "once", "now", "too",
            "flatly", "bluntly", "separately", "simply", "matter-of-factly", "firmly", "last", "this", "next", "morning", "afternoon",
            "evening", "night");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titles =
        Set("president", "vice", "prime", "minister", "senator", "sen.", "sen", "rep.", "rep", "representative", "gov.", "gov",
            "governor", "secretary", "mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "chancellor", "king", "queen", "prince",
            "princess", "pope", "general", "gen.", "judge", "justice", "chief", "leader", "majority", "minority", "speaker", "mayor",
            "former", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "commissioner",
            "attorney", "candidate", "nominee", "sheriff", "officer", "lt.", "col.", "sgt.", "capt.", "adm.", "premier", "foreign",
            "defense", "defence", "state", "house", "senate", "deputy", "acting", "ceo", "founder", "adviser", "advisor", "aide",
            "professor", "prof.", "rev.", "reverend", "sir", "lord", "lady", "dame", "sheikh", "ayatollah", "executive", "manager",
            "analyst", "economist", "strategist", "pollster", "lawyer", "blogger", "host", "anchor", "columnist", "editor", "author",
            "u.s.", "us", "uk", "u.n.", "un", "eu", "white", "first", "republican", "democratic", "democrat", "gop", "party", "campaign");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgWords =
        Set("ministry", "department", "party", "agency", "committee", "campaign", "commission", "council", "kremlin", "house", "office",
            "government", "administration", "court", "congress", "senate", "pentagon", "company", "corporation", "corp", "corp.", "inc",
            "inc.", "ltd", "group", "association", "union", "university", "bureau", "service", "army", "police", "board", "bank", "fund",
            "foundation", "institute", "network", "news", "times", "post", "journal", "press", "reuters", "organization", "organisation",
            "federation", "authority", "embassy", "parliament", "cabinet", "coalition", "alliance", "club", "team", "firm", "network",
            "statement", "report", "poll", "survey", "study", "spokesperson");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_maleNames =
        Set("donald", "joe", "barack", "bill", "george", "john", "james", "robert", "michael", "william", "david", "richard", "thomas",
            "charles", "mark", "paul", "steven", "steve", "andrew", "kevin", "brian", "ted", "marco", "jeb", "chris", "mike", "bernie",
            "rand", "ben", "scott", "rick", "lindsey", "mitch", "paul", "tim", "vladimir", "dmitry", "alexander", "sergei", "sergey",
            "volodymyr", "emmanuel", "olaf", "boris", "xi", "narendra", "benjamin", "recep", "justin", "keir", "rishi", "jim", "tom",
            "peter", "jeff", "jeffrey", "ron", "gary", "jerry", "harry", "jack", "frank", "larry", "greg", "eric", "jason", "matt",
            "matthew", "daniel", "dan", "anthony", "tony", "jon", "jonathan", "josh", "joshua", "sean", "patrick", "ryan", "adam",
            "alex", "henry", "edward", "ed", "martin", "sam", "samuel", "roger", "newt", "dick", "al", "reince", "corey", "kellyanne",
            "rudy", "rudolph", "mitt", "hunter", "elon", "rex", "jared", "stephen", "mohammed", "muhammad", "ahmed", "ali", "omar",
            "abdullah", "hassan", "ivan", "igor", "nikolai", "viktor", "victor", "andrzej", "pedro", "carlos", "jose", "luis", "juan",
            "antonio", "francesco", "giuseppe", "hans", "klaus", "friedrich", "pierre", "jean", "francois", "jacques", "yuri", "kim",
            "shinzo", "fumio", "moon", "lee", "jair", "javier", "gavin", "ron", "kamala");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_femaleNames =
        Set("hillary", "kamala", "nancy", "elizabeth", "mary", "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "sarah",
            "karen", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
            "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "angela", "anna", "ann",
            "anne", "helen", "maria", "marie", "catherine", "katherine", "kate", "christine", "julia", "julie", "heather", "diane",
            "rachel", "janet", "ruth", "megyn", "melania", "ivanka", "chelsea", "sheryl", "condoleezza", "madeleine", "theresa",
            "angela", "ursula", "giorgia", "marine", "jacinda", "liz", "kristi", "nikki", "sarah", "tulsi", "elise", "carly",
            "debbie", "dianne", "tammy", "kirsten", "amy", "maxine", "olena", "yulia", "svetlana", "natalia", "olga", "irina",
            "hope", "kellyanne", "huma", "donna", "katy", "jill", "michele", "claire", "susana", "valerie", "loretta", "janet");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_strongTitles =
        Set("president", "minister", "senator", "sen.", "rep.", "gov.", "governor", "secretary", "chancellor", "king", "queen",
            "prince", "princess", "pope", "general", "gen.", "judge", "justice", "chief", "leader", "speaker", "mayor", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "commissioner", "sheriff", "premier",
            "ceo", "founder", "adviser", "advisor", "professor", "prof.", "rev.", "reverend", "sheikh", "ayatollah", "attorney");

    public static bool IsStrongTitle(ReadOnlySpan<char> w) => s_strongTitles.Contains(w);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => s_determiners.Contains(w);

    /// <summary>Determiners that also stand alone as a subject: "Some say", "Many argue", "Both said".</summary>
    public static bool IsQuantifier(ReadOnlySpan<char> w) =>
        w.Equals("some", StringComparison.OrdinalIgnoreCase) || w.Equals("many", StringComparison.OrdinalIgnoreCase)
        || w.Equals("most", StringComparison.OrdinalIgnoreCase) || w.Equals("both", StringComparison.OrdinalIgnoreCase)
        || w.Equals("several", StringComparison.OrdinalIgnoreCase) || w.Equals("few", StringComparison.OrdinalIgnoreCase)
        || w.Equals("all", StringComparison.OrdinalIgnoreCase) || w.Equals("one", StringComparison.OrdinalIgnoreCase)
        || w.Equals("another", StringComparison.OrdinalIgnoreCase);
    public static bool IsBoundary(ReadOnlySpan<char> w) => s_boundaries.Contains(w);
    public static bool IsPreCueAdverb(ReadOnlySpan<char> w) => s_preCueAdverbs.Contains(w);
    public static bool IsPronoun(ReadOnlySpan<char> w) => s_pronouns.Contains(w);
    public static bool IsObjectWord(ReadOnlySpan<char> w) => s_objectWords.Contains(w);
    public static bool IsPreposition(ReadOnlySpan<char> w) => s_prepositions.Contains(w);
    public static bool IsTimeWord(ReadOnlySpan<char> w) => s_timeWords.Contains(w);
    public static bool IsTitle(ReadOnlySpan<char> w) => s_titles.Contains(w);
    public static bool IsOrgWord(ReadOnlySpan<char> w) => s_orgWords.Contains(w);

    /// <summary>Grammatical gender guessed from a first name: 1 male, 2 female, 0 unknown.</summary>
    public static int GenderOfFirstName(ReadOnlySpan<char> w)
    {
        bool m = s_maleNames.Contains(w), f = s_femaleNames.Contains(w);
        return m == f ? 0 : m ? 1 : 2;
    }

    /// <summary>A nationality or other demonym adjective ("Belarusian", "American", "Chinese", "British").</summary>
    public static bool IsDemonym(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsUpper(w[0])
        && (w.EndsWith("ian") || w.EndsWith("ean") || w.EndsWith("ese") || w.EndsWith("ish") || w.EndsWith("can")
            || w.EndsWith("ch") && w.Length <= 7 || w is "Greek" or "Israeli" or "Iraqi" or "Pakistani" or "Saudi" or "Thai" or "Swiss");

    /// <summary>Day and month names and other capitalised words that never name a speaker.</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> w) =>
        s_timeWords.Contains(w) || w is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
            or "September" or "October" or "November" or "December" or "Jan." or "Feb." or "Aug." or "Sept." or "Oct." or "Nov." or "Dec.";
}
