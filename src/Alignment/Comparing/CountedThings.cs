using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Languages;

namespace Alignment.Comparing;

/// <summary>
/// What a number counts: the first word of the bundled bilingual lexicon among the few words after it
/// (<c>62 presuntas víctimas</c> counts <c>víctimas</c>), so that the two sides of a pair can be checked to count the
/// same thing. Built once per language pair from <c>{a}-{b}.lexicon.txt</c>, the counted nouns of <c>{a}-{b}.counted.txt</c> and
/// the general words of <c>{a}-{b}.counted-any.txt</c>, with a user's dictionary added when one is given; immutable and
/// thread-safe (a <see cref="Reading"/> of one bead is not).
/// </summary>
internal sealed class CountedThings
{
    // Words looked at after a number: the noun may follow an adjective or two ("62 presuntas víctimas", "18 suspected traffickers").
    private const int WordsAfter = 3;

    private static readonly ConcurrentDictionary<(string, string), Lazy<CountedThings>> Pairs = new();

    // The bundled nouns ({a}-{b}.lexicon.txt, {a}-{b}.counted.txt) and a user's dictionary.
    private readonly BilingualLexicon _lexicon;

    // Words for people or things in general ({a}-{b}.counted-any.txt): a translation may count anything with them. Read once,
    // apart from the nouns, its entry ids shifted past theirs, so that a word of both keeps both.
    private readonly BilingualLexicon _general;
    private readonly int _generalFirstEntry;
    private readonly WordAnalyzer _source;
    private readonly WordAnalyzer _target;
    private long _wordsLookedUp;

    private CountedThings(LanguageProfile source, LanguageProfile target, BilingualDictionary? dictionary)
    {
        _source = WordAnalyzer.For(source);
        _target = WordAnalyzer.For(target);
        var sourceNumbers = Numbers.NumberReader.For(source);
        var targetNumbers = Numbers.NumberReader.For(target);
        _lexicon = BilingualLexicon.Load(source, target, _source, _target, ["lexicon", "counted"],
            (a, b) => Names(a, _source, sourceNumbers) && Names(b, _target, targetNumbers));
        if (dictionary is not null && dictionary.Entries.Count > 0)
        {
            _lexicon = _lexicon.With(dictionary, _source, _target);
        }

        _general = BilingualLexicon.Load(source, target, _source, _target, ["counted-any"]);
        _generalFirstEntry = _lexicon.Count;
    }

    // Whether the words of a lexicon entry can name what a number counts: not a function word ("durante = during": "40 new
    // projects during the year") nor a number word ("nueve = nine", whose stem is also that of "nuevos": "40 nuevos proyectos").
    private static bool Names(string[] words, WordAnalyzer analyzer, Numbers.NumberReader numbers)
    {
        foreach (string word in words)
        {
            if (analyzer.IsStopWord(word) || numbers.Read(word).Count > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The instance of a language pair: the shared one, built on first use, or without a user's dictionary; with one, its
    /// word pairs tie counted words too (built for the caller, since dictionaries differ).
    /// </summary>
    public static CountedThings For(LanguageProfile source, LanguageProfile target, BilingualDictionary? dictionary = null) =>
        dictionary is not null && dictionary.Entries.Count > 0
            ? new CountedThings(source, target, dictionary)
            : Pairs.GetOrAdd((source.Code, target.Code), _ => new Lazy<CountedThings>(() => new CountedThings(source, target, null))).Value;

    /// <summary>How many entries the word files and the user's dictionary gave: each line of each file once.</summary>
    internal int Entries => _lexicon.Count + _general.Count;

    /// <summary>How many words have been analysed (folded, stemmed) and looked up so far, by every reading of this instance.</summary>
    internal long WordsLookedUp => Interlocked.Read(ref _wordsLookedUp);

    /// <summary>
    /// What the numbers of one side of a bead count, for the text between <paramref name="start"/> and <paramref name="end"/>:
    /// each word is analysed once, however many mentions and pairs ask about it. Not thread-safe; one per bead and side.
    /// </summary>
    public Reading Read(bool sourceSide, string text, int start, int end) => new(this, sourceSide, text, start, end);

    // The thing a word names, or null when no word file knows it.
    private Thing? Look(bool sourceSide, string written, string lower)
    {
        Interlocked.Increment(ref _wordsLookedUp);
        if ((sourceSide ? _source : _target).Term(lower) is not { } term)
        {
            return null;
        }

        int[] entries = sourceSide ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term);
        int[] general = sourceSide ? _general.FirstEntries(term) : _general.SecondEntries(term);
        if (general.Length == 0)
        {
            return entries.Length > 0 ? new Thing(written, entries) : null;
        }

        var all = new int[entries.Length + general.Length];
        entries.CopyTo(all, 0);
        for (int k = 0; k < general.Length; k++)
        {
            all[entries.Length + k] = _generalFirstEntry + general[k];
        }

        return new Thing(written, all, General: true);
    }

    /// <summary>What the numbers of one side of a bead count, each word of it analysed once (<see cref="Read"/>).</summary>
    internal sealed class Reading
    {
        private readonly CountedThings _things;
        private readonly bool _sourceSide;
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        // Each word of the bead as written: the thing it names (or null) and whether it is a function word.
        private Dictionary<string, (Thing? Thing, bool StopWord)>? _words;
        private Dictionary<int, List<Thing>>? _after;
        private List<Thing>? _all;

        internal Reading(CountedThings things, bool sourceSide, string text, int start, int end)
        {
            _things = things;
            _sourceSide = sourceSide;
            _text = text;
            _start = start;
            _end = end;
        }

        /// <summary>The thing a mention counts: the first lexicon word among the few after it, or <see langword="null"/>.</summary>
        public Thing? Of(NumberMention mention) => Around(mention) is { Count: > 0 } things ? things[0] : null;

        /// <summary>Every lexicon word among the few words after a mention ("62 víctimas de trata", "62 trafficking victims").</summary>
        public IReadOnlyList<Thing> Around(NumberMention mention)
        {
            _after ??= [];
            if (!_after.TryGetValue(mention.End, out var things))
            {
                things = Scan(mention.End, _text.Length, WordsAfter, skipOther: false);
                _after[mention.End] = things;
            }

            return things;
        }

        /// <summary>Whether a word of the bead's side translates <paramref name="thing"/>.</summary>
        public bool Mentions(Thing thing)
        {
            _all ??= Scan(_start, _end, int.MaxValue, skipOther: true);
            return _all.Exists(word => word.Meets(thing));
        }

        // The lexicon words of up to `words` words from offset at, before limit; stops at anything but letters and spaces
        // (a comma, a digit: the number's phrase ends there) unless skipOther.
        private List<Thing> Scan(int at, int limit, int words, bool skipOther)
        {
            var things = new List<Thing>();
            for (int word = 0; word < words; word++)
            {
                while (at < limit && (char.IsWhiteSpace(_text[at]) || _text[at] is '-' && word == 0 || (skipOther && !char.IsLetter(_text[at]))))
                {
                    at++;
                }

                int start = at;
                while (at < limit && char.IsLetter(_text[at]))
                {
                    at++;
                }

                if (at == start)
                {
                    break;
                }

                string written = _text[start..at];
                _words ??= new Dictionary<string, (Thing?, bool)>(StringComparer.Ordinal);
                if (!_words.TryGetValue(written, out var known))
                {
                    string lower = written.ToLowerInvariant();
                    known = (_things.Look(_sourceSide, written, lower), (_sourceSide ? _things._source : _things._target).IsStopWord(lower));
                    _words[written] = known;
                }

                var (thing, stopWord) = known;

                // The noun a number counts comes before any function word: "3 reuniones con organizaciones de la sociedad
                // civil" counts meetings, whatever the lexicon knows of the words after "con".
                if (!skipOther && stopWord)
                {
                    break;
                }

                if (thing is not null)
                {
                    things.Add(thing);
                }
            }

            return things;
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
