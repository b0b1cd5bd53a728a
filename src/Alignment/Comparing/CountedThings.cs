using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Languages;

namespace Alignment.Comparing;

/// <summary>
/// What a number counts: the first word of the bundled bilingual lexicon among the few words after it
/// (<c>62 presuntas víctimas</c> counts <c>víctimas</c>), so that the two sides of a pair can be checked to count the
/// same thing. Built once per language pair from <c>{a}-{b}.lexicon.txt</c>; immutable and thread-safe.
/// </summary>
internal sealed class CountedThings
{
    // Words looked at after a number: the noun may follow an adjective or two ("62 presuntas víctimas", "18 suspected traffickers").
    private const int WordsAfter = 3;

    private static readonly ConcurrentDictionary<(string, string), Lazy<CountedThings>> Pairs = new();

    private readonly BilingualLexicon _lexicon;
    private readonly WordAnalyzer _source;
    private readonly WordAnalyzer _target;

    private CountedThings(LanguageProfile source, LanguageProfile target)
    {
        _source = WordAnalyzer.For(source);
        _target = WordAnalyzer.For(target);
        _lexicon = BilingualLexicon.Load(source, target, _source, _target);
    }

    /// <summary>The shared instance of a language pair, built on first use.</summary>
    public static CountedThings For(LanguageProfile source, LanguageProfile target) =>
        Pairs.GetOrAdd((source.Code, target.Code), _ => new Lazy<CountedThings>(() => new CountedThings(source, target))).Value;

    /// <summary>The thing a mention counts: the word as written and its lexicon entries, or <see langword="null"/> when no lexicon word follows.</summary>
    public Thing? Of(bool sourceSide, string text, NumberMention mention)
    {
        var analyzer = sourceSide ? _source : _target;
        int at = mention.End;
        for (int word = 0; word < WordsAfter; word++)
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is '-' && word == 0))
            {
                at++;
            }

            int start = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == start)
            {
                return null;
            }

            string written = text[start..at];
            if (analyzer.Term(written.ToLowerInvariant()) is { } term)
            {
                int[] entries = sourceSide ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term);
                if (entries.Length > 0)
                {
                    return new Thing(written, entries);
                }
            }
        }

        return null;
    }

    /// <summary>A counted word and its entries in the bilingual lexicon.</summary>
    internal sealed record Thing(string Word, int[] Entries)
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
