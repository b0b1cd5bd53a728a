using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Languages;

namespace Alignment.Comparing;

/// <summary>
/// What a number counts: the first word of the bundled bilingual lexicon among the few words after it
/// (<c>62 presuntas víctimas</c> counts <c>víctimas</c>), so that the two sides of a pair can be checked to count the
/// same thing. Built once per language pair from <c>{a}-{b}.lexicon.txt</c> and the counted nouns of <c>{a}-{b}.counted.txt</c>, with a user's dictionary added when one is
/// given; immutable and thread-safe.
/// </summary>
internal sealed class CountedThings
{
    // Words looked at after a number: the noun may follow an adjective or two ("62 presuntas víctimas", "18 suspected traffickers").
    private const int WordsAfter = 3;

    private static readonly ConcurrentDictionary<(string, string), Lazy<CountedThings>> Pairs = new();

    private readonly BilingualLexicon _lexicon;

    // Words for people or things in general ({a}-{b}.counted-any.txt): a translation may count anything with them.
    private readonly BilingualLexicon _general;
    private readonly WordAnalyzer _source;
    private readonly WordAnalyzer _target;

    private CountedThings(LanguageProfile source, LanguageProfile target, BilingualDictionary? dictionary)
    {
        _source = WordAnalyzer.For(source);
        _target = WordAnalyzer.For(target);
        _lexicon = BilingualLexicon.Load(source, target, _source, _target, ["lexicon", "counted", "counted-any"]);
        _general = BilingualLexicon.Load(source, target, _source, _target, ["counted-any"]);
        if (dictionary is not null && dictionary.Entries.Count > 0)
        {
            _lexicon = _lexicon.With(dictionary, _source, _target);
        }
    }

    /// <summary>
    /// The instance of a language pair: the shared one, built on first use, or without a user's dictionary; with one, its
    /// word pairs tie counted words too (built for the caller, since dictionaries differ).
    /// </summary>
    public static CountedThings For(LanguageProfile source, LanguageProfile target, BilingualDictionary? dictionary = null) =>
        dictionary is not null && dictionary.Entries.Count > 0
            ? new CountedThings(source, target, dictionary)
            : Pairs.GetOrAdd((source.Code, target.Code), _ => new Lazy<CountedThings>(() => new CountedThings(source, target, null))).Value;

    /// <summary>The thing a mention counts: the word as written and its lexicon entries, or <see langword="null"/> when no lexicon word follows.</summary>
    public Thing? Of(bool sourceSide, string text, NumberMention mention)
    {
        Thing? first = null;
        Scan(sourceSide, text, mention.End, text.Length, WordsAfter, thing =>
        {
            first = thing;
            return true;
        });
        return first;
    }

    /// <summary>Every lexicon word among the few words after a mention ("62 víctimas de trata", "62 trafficking victims").</summary>
    public List<Thing> Around(bool sourceSide, string text, NumberMention mention)
    {
        var things = new List<Thing>();
        Scan(sourceSide, text, mention.End, text.Length, WordsAfter, thing =>
        {
            things.Add(thing);
            return false;
        });
        return things;
    }

    /// <summary>Whether a word of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> translates <paramref name="thing"/>.</summary>
    public bool Mentions(bool sourceSide, string text, int start, int end, Thing thing)
    {
        bool found = false;
        Scan(sourceSide, text, start, end, int.MaxValue, word => found = word.Meets(thing), skipOther: true);
        return found;
    }

    // Calls found for the lexicon words of up to `words` words from offset at, before limit; stops at anything but letters and
    // spaces (a comma, a digit: the number's phrase ends there) unless skipOther, and as soon as found returns true.
    private void Scan(bool sourceSide, string text, int at, int limit, int words, Func<Thing, bool> found, bool skipOther = false)
    {
        var analyzer = sourceSide ? _source : _target;
        for (int word = 0; word < words; word++)
        {
            while (at < limit && (char.IsWhiteSpace(text[at]) || text[at] is '-' && word == 0 || (skipOther && !char.IsLetter(text[at]))))
            {
                at++;
            }

            int start = at;
            while (at < limit && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == start)
            {
                return;
            }

            string written = text[start..at];
            if (analyzer.Term(written.ToLowerInvariant()) is { } term)
            {
                int[] entries = sourceSide ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term);
                if (entries.Length > 0)
                {
                    bool general = (sourceSide ? _general.FirstEntries(term) : _general.SecondEntries(term)).Length > 0;
                    if (found(new Thing(written, entries, general)))
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary>A counted word and its entries in the bilingual lexicon; general when it names people or things in general (personas, people).</summary>
    internal sealed record Thing(string Word, int[] Entries, bool General = false)
    {
        /// <summary>Whether the two words translate each other (share a lexicon entry).</summary>
        public bool Meets(Thing other)
        {
            foreach (int entry in Entries)
            {
                if (Array.IndexOf(other.Entries, entry) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
