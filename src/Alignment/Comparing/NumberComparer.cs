using Alignment.Loading;
using Alignment.Languages;
using Alignment.Numbers;

namespace Alignment.Comparing;

/// <summary>
/// Reads the numbers on both sides of every bead and reports where they disagree. Mentions are matched
/// on any shared reading (<c>1.054</c> matches <c>1,054</c>), so a difference of format only (words vs
/// digits, separators, the currency sign's position, <c>US$</c> vs <c>$</c>) is never a finding.
/// Severities:
/// <list type="bullet">
/// <item><see cref="FindingSeverity.Error"/>: a value, scale or currency mismatch, percent against percentage points, a month that differs in a date,
/// and a year or ordinal that differs from one clearly in the same slot (the only one left on each side, the leftovers paired in order,
/// or one counting the same thing: <c>el IV Plan Nacional</c> / <c>the third National Plan</c>).</item>
/// <item><see cref="FindingSeverity.Warning"/>: a count, amount, percentage or law number missing on one side; a mismatched ordinal, fraction or
/// multiplier that may fill another slot; a number read from damaged text that the other side does not confirm (with the reason); a number
/// that counts another thing than its counterpart;
/// the same number with opposite signs (a translation may say "fell 5 %" for "-5 %", so a sign is worth a look, not an error).</item>
/// <item><see cref="FindingSeverity.Info"/>: a year, date, ordinal, fraction or multiplier missing on one side (translations often reword them),
/// a zero or a fraction written as a word, a lone two where the other side says "both" / "ambos" without a number,
/// and every number of a 1-0 or 0-1 bead. A lone "one" written as a word is not
/// reported at all (Spanish "un", "una" are also articles, English "one" also a pronoun).</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
internal sealed class NumberComparer
{
    /// <summary>A bead whose numbers were not compared, and how many numbers each side of it holds.</summary>
    internal readonly record struct BeadNotCompared(int Bead, int SourceNumbers, int TargetNumbers);

    private readonly NumberReader _source;
    private readonly NumberReader _target;
    private readonly CountedThings _things;

    /// <summary>Builds a comparer for a source language and a target language, with the shared readers of both.</summary>
    public NumberComparer(LanguageProfile source, LanguageProfile target)
        : this(NumberReader.For(source), NumberReader.For(target))
    {
    }

    /// <summary>Builds a comparer from two readers; a user's dictionary, when given, also ties what numbers count.</summary>
    public NumberComparer(NumberReader source, NumberReader target, BilingualDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        _source = source;
        _target = target;
        _things = CountedThings.For(source.Profile, target.Profile, dictionary);
    }

    /// <summary>
    /// Compares the numbers of every bead. Sentence offsets of <see cref="Bead.Source"/> point into
    /// <paramref name="sourceText"/>, those of <see cref="Bead.Target"/> into <paramref name="targetText"/>;
    /// the mentions of the findings carry offsets into the same texts. Findings come in bead order. What is read in each
    /// sentence is kept in <paramref name="read"/> when given. A bead with more numbers than the comparer pairs one by one
    /// (<see cref="InputLimits.MaxNumberPairsPerBead"/>) is not compared; it goes to <paramref name="notCompared"/> when given.
    /// </summary>
    public IReadOnlyList<Finding> Compare(IReadOnlyList<Bead> beads, string sourceText, string targetText, SentenceNumbers? read = null, List<BeadNotCompared>? notCompared = null)
    {
        ArgumentNullException.ThrowIfNull(beads);
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(targetText);
        var findings = new List<Finding>();
        foreach (var bead in beads)
        {
            if (CompareBead(bead, sourceText, targetText, findings, read) is { } skipped)
            {
                notCompared?.Add(skipped);
            }
        }

        return findings;
    }

    /// <summary>Compares the numbers of every bead of two loaded documents, read with their own languages.</summary>
    /// <exception cref="ArgumentException">A document's language is not the one the comparer reads.</exception>
    public IReadOnlyList<Finding> Compare(IReadOnlyList<Bead> beads, ReportDocument source, ReportDocument target, SentenceNumbers? read = null, List<BeadNotCompared>? notCompared = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Language.Profile != _source.Profile || target.Language.Profile != _target.Profile)
        {
            throw new ArgumentException($"The comparer reads {_source.Profile.Code}-{_target.Profile.Code}, not {source.Language}-{target.Language}.", nameof(source));
        }

        return Compare(beads, source.Text, target.Text, read, notCompared);
    }

    /// <summary>What the numbers count, as this comparer reads it (the shared instance of its languages, or its own with a user's dictionary).</summary>
    internal CountedThings Things => _things;

    /// <summary>Builds the comparer for two loaded documents, from their languages; a user's dictionary, when given, also ties what numbers count.</summary>
    public static NumberComparer For(ReportDocument source, ReportDocument target, BilingualDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return new NumberComparer(NumberReader.For(source.Language.RequiredProfile), NumberReader.For(target.Language.RequiredProfile), dictionary);
    }

    /// <summary>
    /// Reads the numbers of every sentence of one side ahead of the comparison, into <paramref name="read"/>, which
    /// <see cref="Compare(IReadOnlyList{Bead}, ReportDocument, ReportDocument, SentenceNumbers?, List{BeadNotCompared}?)"/> then uses instead of
    /// reading them again: the reading needs no beads, so it can run while something else does.
    /// </summary>
    public void ReadAhead(bool sourceSide, string text, IReadOnlyList<SentenceSpan> sentences, SentenceNumbers read)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(read);
        var reader = sourceSide ? _source : _target;
        foreach (var sentence in sentences)
        {
            read.Keep(sourceSide, sentence, reader.Read(text, sentence.Start, sentence.End));
        }
    }

    /// <summary>
    /// Compares the numbers of one bead, adding the findings to <paramref name="findings"/>. Returns null, or, with no finding
    /// added, the bead and its counts when it holds more numbers than the comparer pairs one by one (<see cref="InputLimits.MaxNumberPairsPerBead"/>).
    /// </summary>
    public BeadNotCompared? CompareBead(Bead bead, string sourceText, string targetText, List<Finding> findings, SentenceNumbers? read = null)
    {
        ArgumentNullException.ThrowIfNull(bead);
        ArgumentNullException.ThrowIfNull(findings);
        var source = ReadAll(_source, sourceText, bead.Source, read, sourceSide: true);
        var target = ReadAll(_target, targetText, bead.Target, read, sourceSide: false);
        string sourceName = _source.Profile.Name, targetName = _target.Profile.Name;
        if (bead.Source.Count == 0 || bead.Target.Count == 0)
        {
            foreach (var s in source.Where(m => m.Kind != NumberKind.FootnoteMark))
            {
                findings.Add(new Finding(FindingKind.UnalignedNumber, FindingSeverity.Info, bead.Index,
                    NumberMessages.Unaligned(sourceName, targetName, s), s, null, null));
            }

            foreach (var t in target.Where(m => m.Kind != NumberKind.FootnoteMark))
            {
                findings.Add(new Finding(FindingKind.UnalignedNumber, FindingSeverity.Info, bead.Index,
                    NumberMessages.Unaligned(targetName, sourceName, t), null, t, null));
            }

            return null;
        }

        if ((long)source.Count * target.Count > InputLimits.MaxNumberPairsPerBead)
        {
            return new BeadNotCompared(bead.Index, source.Count, target.Count);
        }

        var sourceMatch = new int[source.Count];
        var targetMatch = new int[target.Count];
        Array.Fill(sourceMatch, -1);
        Array.Fill(targetMatch, -1);
        var pairs = new List<(int S, int T)>();

        // A footnote mark is no number of the text: it is never paired, only reported below.
        ParkFootnoteMarks(source, sourceMatch);
        ParkFootnoteMarks(target, targetMatch);
        ParkPageReferences(source, sourceMatch, sourceText, bead.Source, target, targetMatch, targetText, bead.Target);
        ParkDaysOfUnreadDates(source, sourceMatch, target);
        ParkDaysOfUnreadDates(target, targetMatch, source);

        // Pass 0: calendar values and identifiers, like with like (16:45 with 4:45 p.m., 005-2016-IN with 005-2016-IN).
        // Pass 1: same reading, same kind and unit. Pass 2: same reading whatever the kind. A lone "one"
        // written as a word ("una", an article as often as a number) pairs only after the numbers proper.
        Pair(source, target, sourceMatch, targetMatch, pairs, (s, t) => IsFact(s) && s.Kind == t.Kind && SameFact(s, t));
        Pair(source, target, sourceMatch, targetMatch, pairs, (s, t) => Comparable(s, t) && s.SharesValueWith(t) && Family(s.Kind) == Family(t.Kind) && s.Unit == t.Unit && s.Month == t.Month && s.Day == t.Day && !IsArticleLike(s) && !IsArticleLike(t));
        Pair(source, target, sourceMatch, targetMatch, pairs, (s, t) => Comparable(s, t) && s.SharesValueWith(t) && !IsArticleLike(s) && !IsArticleLike(t));
        Pair(source, target, sourceMatch, targetMatch, pairs, (s, t) => Comparable(s, t) && s.SharesValueWith(t));
        Pair(source, target, sourceMatch, targetMatch, pairs, (s, t) => FractionAsPercent(s, t) || FractionAsPercent(t, s) || SameAmountInCents(s, t));
        foreach (var (si, ti) in pairs)
        {
            var s = source[si];
            var t = target[ti];
            if (!UnitsAgree(s, t) && !SameAmountInCents(s, t))
            {
                bool points = s.Unit == NumberReader.PercentagePoints || t.Unit == NumberReader.PercentagePoints;
                findings.Add(new Finding(FindingKind.UnitMismatch, FindingSeverity.Error, bead.Index,
                    NumberMessages.Says(sourceName, s, targetName, t), s, t, points ? "percent vs percentage points" : "same amount, different unit"));
            }
            else if (s.Month is { } sm && t.Month is { } tm && (sm != tm || (s.Day is { } sd && t.Day is { } td && sd != td)))
            {
                bool swapped = s.Day is { } d1 && t.Day is { } d2 && d1 == tm && d2 == sm;
                findings.Add(new Finding(FindingKind.ValueMismatch, swapped ? FindingSeverity.Warning : FindingSeverity.Error, bead.Index,
                    NumberMessages.Says(sourceName, s, targetName, t), s, t,
                    swapped ? "day and month swapped: check which order each side writes dates in" : sm != tm ? "different month" : "different day"));
            }
            else if (SeparatorConflict(s, t) is { } conflict)
            {
                findings.Add(conflict with { BeadIndex = bead.Index, Message = NumberMessages.Separators(sourceName, s, targetName, t) });
            }
        }

        // What the numbers count, each word of the bead analysed once however many pairs ask about it.
        var sourceThings = _things.Read(true, sourceText, Start(bead.Source), End(bead.Source));
        var targetThings = _things.Read(false, targetText, Start(bead.Target), End(bead.Target));
        var swappedPairs = ReportSwaps(bead, sourceThings, targetThings, source, target, pairs, findings, sourceName, targetName);
        ReportWrongThings(bead, sourceThings, targetThings, source, target, pairs, swappedPairs, findings, sourceName, targetName);

        // Pass 2b: the same number with the other sign ("-9,2 %" vs "9.2%").
        var flips = new List<(int S, int T)>();
        Pair(source, target, sourceMatch, targetMatch, flips, (s, t) => Comparable(s, t) && Family(s.Kind) == Family(t.Kind) && OppositeSigns(s, t));
        foreach (var (si, ti) in flips)
        {
            findings.Add(new Finding(FindingKind.SignMismatch, FindingSeverity.Warning, bead.Index,
                NumberMessages.Says(sourceName, source[si], targetName, target[ti]), source[si], target[ti], "opposite sign"));
        }

        // Pass 2c: a number with a footnote mark glued after it where its sentence or clause ends ("sus artículos 24 y 251." /
        // "articles 24 and 25 of the General Act …"), the other side saying the number without it. Info when the other side
        // carries a footnote mark of that value in the bead (then the mark is in both), else a warning: it may be an inserted digit.
        var marked = new List<(int S, int T)>();
        Pair(source, target, sourceMatch, targetMatch, marked, (s, t) => GluedMarkOf(s, sourceText, t, source) is not null || GluedMarkOf(t, targetText, s, target) is not null);
        foreach (var (si, ti) in marked)
        {
            var (s, t) = (source[si], target[ti]);
            int? sourceMark = GluedMarkOf(s, sourceText, t, source);
            bool sourceMarked = sourceMark is not null;
            var (withMark, other, otherMentions) = sourceMarked ? (s, t, target) : (t, s, source);
            int mark = sourceMark ?? GluedMarkOf(t, targetText, s, target)!.Value;
            bool markOnOtherSide = otherMentions.Any(m => m.Kind == NumberKind.FootnoteMark && m.Value == mark);
            findings.Add(new Finding(FindingKind.DamagedNumber, markOnOtherSide ? FindingSeverity.Info : FindingSeverity.Warning, bead.Index,
                NumberMessages.GluedMark(sourceMarked ? sourceName : targetName, withMark, other, mark, sourceMarked ? targetName : sourceName), s, t,
                markOnOtherSide ? "footnote mark" : "footnote mark or inserted digit"));
        }

        // Pass 3: what is left pairs up within a family, first where it looks like a slip, then in order
        // when both sides have the same number of leftovers (then the two clearly fill the same slot).
        // A slip within a family that has one leftover on each side fills the same slot as surely as the pairs in order do.
        // Where the leftovers are not as many on both sides, an ordinal or fraction still pairs with one that counts the same
        // thing ("el IV Plan Nacional" / "the third National Plan"): then too the two clearly fill the same slot.
        var mismatches = new List<(int S, int T)>();
        var oneToOne = new bool[Families];
        for (int family = 0; family < Families; family++)
        {
            oneToOne[family] = CountLeft(source, sourceMatch, family) == 1 && CountLeft(target, targetMatch, family) == 1;
        }

        Pair(source, target, sourceMatch, targetMatch, mismatches, (s, t) => !IsFact(s) && !IsFact(t) && Family(s.Kind) == Family(t.Kind) && UnitsAgree(s, t)
            && (Slip(s, t) is not null || Rounds(s, t)));
        int slips = mismatches.Count;
        for (int family = 0; family < Families; family++)
        {
            int left = CountLeft(source, sourceMatch, family), right = CountLeft(target, targetMatch, family);
            if (left > 0 && left == right)
            {
                Pair(source, target, sourceMatch, targetMatch, mismatches, (s, t) => Family(s.Kind) == family && Family(t.Kind) == family && UnitsAgree(s, t));
            }
        }

        Pair(source, target, sourceMatch, targetMatch, mismatches, (s, t) => Family(s.Kind) is 4 or 5 && Family(s.Kind) == Family(t.Kind) && UnitsAgree(s, t)
            && CountSameThing(sourceThings, targetThings, s, t));

        for (int k = 0; k < mismatches.Count; k++)
        {
            var (si, ti) = mismatches[k];
            bool sameSlot = k >= slips || oneToOne[Family(source[si].Kind)] || SameThing(sourceThings, targetThings, source[si], target[ti]);
            findings.Add(Mismatch(bead.Index, source[si], target[ti], sourceName, targetName, sameSlot));
        }

        ReportDamage(bead.Index, source, sourceMatch, target, sourceName, targetName, findings, sourceSide: true);
        ReportDamage(bead.Index, target, targetMatch, source, targetName, sourceName, findings, sourceSide: false);

        // A lone two against a pair word on the other side ("the two institutions" / "ambas organizaciones") is no omission.
        bool targetSaysPair = HasLoneTwo(source, sourceMatch) && _target.SaysPair(targetText, Start(bead.Target), End(bead.Target));
        bool sourceSaysPair = HasLoneTwo(target, targetMatch) && _source.SaysPair(sourceText, Start(bead.Source), End(bead.Source));
        for (int k = 0; k < source.Count; k++)
        {
            if (sourceMatch[k] < 0 && !IsArticleLike(source[k]))
            {
                var s = source[k];
                bool pair = targetSaysPair && IsTwo(s);
                findings.Add(new Finding(FindingKind.MissingInTarget, pair ? FindingSeverity.Info : LoneSeverity(s), bead.Index,
                    NumberMessages.Lone(sourceName, s, targetName), s, null, pair ? PairHint(targetName) : null));
            }
        }

        for (int k = 0; k < target.Count; k++)
        {
            if (targetMatch[k] < 0 && !IsArticleLike(target[k]))
            {
                var t = target[k];
                bool pair = sourceSaysPair && IsTwo(t);
                findings.Add(new Finding(FindingKind.ExtraInTarget, pair ? FindingSeverity.Info : LoneSeverity(t), bead.Index,
                    NumberMessages.Lone(targetName, t, sourceName), null, t, pair ? PairHint(sourceName) : null));
            }
        }

        return null;
    }

    // The footnote mark glued after the digits of `marked` if they are those of `other` and one or two more, written plain where a
    // sentence or clause ends ("251." beside "25"), or null.
    private static int? GluedMarkOf(NumberMention marked, string text, NumberMention other, List<NumberMention> markedSide) =>
        GluedMark(marked, text, other) is int mark && !markedSide.Any(m => m.Kind == NumberKind.FootnoteMark && m.Value == mark) ? mark : null;

    // As GluedMarkOf, without looking at the marks the marked side carries elsewhere in the bead (a note's number is used once:
    // a side that already carries mark 1 has no second one glued to 121).
    private static int? GluedMark(NumberMention marked, string text, NumberMention other)
    {
        string digits = marked.Text, stem = other.Text;
        // A year with a mark glued to it reads as a count ("en 20111." beside "in 2011.").
        bool markedYear = marked.Kind == NumberKind.Cardinal && other.Kind == NumberKind.Year;
        if (marked.Kind is not (NumberKind.Cardinal or NumberKind.Ordinal) || (Family(marked.Kind) != Family(other.Kind) && !markedYear) || marked.Scale != 1 || other.Scale != 1
            || marked.Unit is not null || other.Unit is not null || !AllDigits(digits) || !AllDigits(stem) || stem[0] == '0'
            || digits.Length - stem.Length is < 1 or > 2 || !digits.StartsWith(stem, StringComparison.Ordinal) || digits[stem.Length] == '0')
        {
            return null;
        }

        int after = marked.End;
        bool endsClause = after >= text.Length || text[after] is '\n' or '\r' or '\u2028' or '\u2029'
            || (text[after] is '.' or ';' or ':' && (after + 1 >= text.Length || char.IsWhiteSpace(text[after + 1])));
        return endsClause ? int.Parse(digits.AsSpan(stem.Length), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool AllDigits(string text) => text.Length > 0 && text.All(c => c is >= '0' and <= '9');

    // A plain count of two, which a pair word ("both", "ambos") may stand for.
    private static bool IsTwo(NumberMention m) => m.Kind == NumberKind.Cardinal && m.Value == 2 && m.Scale == 1 && m.Unit is null;

    private static bool HasLoneTwo(List<NumberMention> mentions, int[] match)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            if (match[k] < 0 && IsTwo(mentions[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static string PairHint(string otherName) => $"the {otherName} side speaks of both without a number";

    // The number of kind families Family gives; FootnoteMarks is never compared.
    private const int Families = 9;

    private const int FootnoteMarks = 9;

    // A footnote mark is matched with itself, so that nothing pairs with it and it is reported once, by ReportDamage.
    private static void ParkFootnoteMarks(List<NumberMention> mentions, int[] match)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Kind == NumberKind.FootnoteMark)
            {
                match[k] = int.MaxValue;
            }
        }
    }

    // A table of contents' entry ends on its page (and paragraph) numbers, which each language version sets apart: "Composition
    // of the staff … .......... 8" beside "Composición del personal … 9". When either side's bead ends on dot leaders and
    // numbers, the numbers that end each side's last sentence are matched with themselves: no number of the text.
    private static void ParkPageReferences(List<NumberMention> source, int[] sourceMatch, string sourceText, IReadOnlyList<SentenceSpan> sourceSentences,
        List<NumberMention> target, int[] targetMatch, string targetText, IReadOnlyList<SentenceSpan> targetSentences)
    {
        var (sourceFrom, sourceLeaders) = PageReferences(sourceText, sourceSentences[^1]);
        var (targetFrom, targetLeaders) = PageReferences(targetText, targetSentences[^1]);
        if (!sourceLeaders && !targetLeaders)
        {
            return;
        }

        // The other side's entry may have lost the spaces between its numbers and glued them to its title, as a PDF's columns
        // come apart ("… human rights norms 109–11024" beside "… derechos humanos ..... 109–110 25"): its figures at the end
        // are the entry's numbers all the same.
        Park(source, sourceMatch, sourceFrom == int.MaxValue ? GluedFiguresAtEnd(sourceText, sourceSentences[^1]) : sourceFrom);
        Park(target, targetMatch, targetFrom == int.MaxValue ? GluedFiguresAtEnd(targetText, targetSentences[^1]) : targetFrom);

        static void Park(List<NumberMention> mentions, int[] match, int from)
        {
            for (int k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Start >= from)
                {
                    match[k] = int.MaxValue;
                }
            }
        }
    }

    // Where the numbers that end a sentence start (int.MaxValue when it ends on none), and whether dot leaders come before them
    // (or end it: the numbers went to another line).
    private static (int From, bool Leaders) PageReferences(string text, SentenceSpan sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        int numbers = ContentsTable.NumbersAtEnd(span);
        return numbers == 0 ? (int.MaxValue, ContentsTable.EndsOnLeaders(span)) : (sentence.Start + span.Length - numbers, ContentsTable.EndsOnLeaders(span[..^numbers]));
    }

    // Where the figures that end a sentence start whatever glues them to the word before (ContentsTable.GluedNumbersAtEnd),
    // or int.MaxValue.
    private static int GluedFiguresAtEnd(string text, SentenceSpan sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        int numbers = ContentsTable.GluedNumbersAtEnd(span);
        return numbers == 0 ? int.MaxValue : sentence.Start + span.Length - numbers;
    }

    // A day and a year one side's reader did not join into a date (the English copy of a letter that kept its Spanish
    // dateline, "Lunes, 03 de septiembre, 2018": 3 and the year 2018) against that date on the other side
    // ("3 de septiembre de 2018"): the bare day is part of the date, not a number the other side lacks. Its year still pairs.
    private static void ParkDaysOfUnreadDates(List<NumberMention> mentions, int[] match, List<NumberMention> other)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (match[k] != -1 || m.Kind != NumberKind.Cardinal || m.Unit is not null || m.Value is < 1 or > 31 || m.Value != Math.Floor(m.Value))
            {
                continue;
            }

            foreach (var date in other)
            {
                if (date.Kind == NumberKind.Date && date.Day == (int)m.Value && date.Value > 0
                    && mentions.Exists(y => y.Kind == NumberKind.Year && y.Value == date.Value))
                {
                    match[k] = int.MaxValue;
                    break;
                }
            }
        }
    }

    // Calendar values and identifiers pair only with their own kind; a date without a year is one of them.
    private static bool IsFact(NumberMention m) =>
        m.Kind is NumberKind.Time or NumberKind.Decade or NumberKind.Identifier || (m.Kind == NumberKind.Date && m.Value == 0);

    // Facts pair by SameFact (pass 0) or as a mismatch of their own kind (pass 3), never on a shared value.
    // "half of the wells" / "el 50 % de los pozos", "two thirds" / "67 %": a fraction and the percentage it rounds to.
    private static bool FractionAsPercent(NumberMention fraction, NumberMention percent) =>
        fraction.Kind == NumberKind.Fraction && percent.Kind == NumberKind.Percent && percent.Unit == "%"
        && Math.Abs((fraction.Value * 100) - percent.Value) <= 0.5 + 1e-9;

    // "50 centavos de dólar" / "$0.50", "75 cents" / "0,75 dólares": an amount in cents and the same amount in the currency
    // they are hundredths of (the cents name no currency of their own: dollar, peso, euro and sol cents alike).
    private static bool SameAmountInCents(NumberMention s, NumberMention t) => CentsOf(s, t) || CentsOf(t, s);

    private static bool CentsOf(NumberMention cents, NumberMention amount) =>
        cents.Kind == NumberKind.Money && cents.Unit == NumberReader.Cents && amount.Kind == NumberKind.Money && amount.Unit is not null
        && amount.Unit != NumberReader.Cents && Math.Abs((amount.Value * 100) - cents.Value) < 1e-6;

    private static bool Comparable(NumberMention s, NumberMention t) => !IsFact(s) && !IsFact(t);

    private static bool SameFact(NumberMention s, NumberMention t) => s.Kind switch
    {
        NumberKind.Identifier => SameIdentifier(s.Identifier, t.Identifier),
        NumberKind.Date => s.Month == t.Month && (s.Day is null || t.Day is null || s.Day == t.Day) && (s.Value == 0 || t.Value == 0 || s.Value == t.Value),
        _ => Math.Abs(s.Value - t.Value) < 1e-6,
    };

    /// <summary>
    /// Whether two canonical identifiers are the same: equal, or for phone numbers the same digits once a country or
    /// trunk prefix is set aside (<c>(01) 555-0134</c> is <c>+51 1 555 0134</c>: one number's digits without leading zeros end the other's).
    /// </summary>
    internal static bool SameIdentifier(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        if (!a.StartsWith(NumberReader.PhonePrefix, StringComparison.Ordinal) || !b.StartsWith(NumberReader.PhonePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        string x = a[NumberReader.PhonePrefix.Length..].TrimStart('0'), y = b[NumberReader.PhonePrefix.Length..].TrimStart('0');
        string shorter = x.Length <= y.Length ? x : y, longer = x.Length <= y.Length ? y : x;
        return shorter.Length >= PhoneLocalDigits && longer.EndsWith(shorter, StringComparison.Ordinal);
    }

    // Fewest digits two phone numbers must share at their end to be one number written with and without a prefix.
    private const int PhoneLocalDigits = 7;

    // Two mentions paired on a reading that one of them has only against its language's separators: Spanish
    // "3.200 millones" is 3,200 million, the English "3.2 million" agrees only with its other reading.
    private static Finding? SeparatorConflict(NumberMention s, NumberMention t)
    {
        if (Same(s.Value, t.Value) || IsFact(s) || s.Kind is NumberKind.Duration or NumberKind.Fraction || t.Kind is NumberKind.Duration or NumberKind.Fraction
            || SameAmountInCents(s, t))
        {
            return null;
        }

        // Digits written alike on both sides ("2,500" and "2,500") were copied from the original: worth a look only.
        bool copied = DigitsAsWritten(s.Text) == DigitsAsWritten(t.Text);
        return new Finding(FindingKind.SeparatorConflict, copied ? FindingSeverity.Info : FindingSeverity.Warning, 0, "", s, t,
            "the sides agree only if one is read against its language's decimal separator");
    }

    private static string DigitsAsWritten(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (char c in text)
        {
            if (char.IsDigit(c) || c is '.' or ',')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    // Two numbers paired on their values whose things cross: the source's first counts what the target's second
    // counts and the other way round ("62 victims, 18 traffickers" / "18 víctimas, 62 tratantes"). The finding points
    // at the source's first number and at the target number that counts the same thing (18 víctimas, 62 victims).
    // Returns which pairs a swap was reported for, or null when none was.
    private static bool[]? ReportSwaps(Bead bead, CountedThings.Reading sourceThings, CountedThings.Reading targetThings, List<NumberMention> source, List<NumberMention> target,
        List<(int S, int T)> pairs, List<Finding> findings, string sourceName, string targetName)
    {
        if (pairs.Count < 2)
        {
            return null;
        }

        var things = new (CountedThings.Thing? S, CountedThings.Thing? T)[pairs.Count];
        int known = 0;
        for (int k = 0; k < pairs.Count; k++)
        {
            var (si, ti) = pairs[k];
            if (CountsThings(source[si]) && CountsThings(target[ti]))
            {
                things[k] = (sourceThings.Of(source[si]), targetThings.Of(target[ti]));
                known += things[k].S is not null && things[k].T is not null ? 1 : 0;
            }
        }

        if (known < 2)
        {
            return null;
        }

        bool[]? swapped = null;

        for (int a = 0; a < pairs.Count; a++)
        {
            for (int b = a + 1; b < pairs.Count; b++)
            {
                if (things[a] is (CountedThings.Thing sa, CountedThings.Thing ta) && things[b] is (CountedThings.Thing sb, CountedThings.Thing tb)
                    && !sa.Meets(ta) && !sb.Meets(tb) && sa.Meets(tb) && sb.Meets(ta))
                {
                    var (s1, t1) = (source[pairs[a].S], target[pairs[a].T]);
                    var (s2, t2) = (source[pairs[b].S], target[pairs[b].T]);
                    findings.Add(new Finding(FindingKind.CountSwap, FindingSeverity.Error, bead.Index,
                        NumberMessages.Swap(sourceName, s1, sa.Word, s2, sb.Word, targetName, t1, ta.Word, t2, tb.Word), s1, t2,
                        $"swapped: {NumberMessages.Render(s1)} and {NumberMessages.Render(s2)} count each other's things"));
                    swapped ??= new bool[pairs.Count];
                    swapped[a] = swapped[b] = true;
                }
            }
        }

        return swapped;
    }

    // Two numbers paired on their values that count different things, with no swap to explain it: "identified 62 victims" /
    // "identificó a 62 tratantes". Reported only when the lexicon knows a word after each number, no word after the one
    // translates a word after the other ("62 víctimas de trata" / "62 trafficking victims" meet), and neither sentence
    // mentions the other's thing anywhere (so a reworded sentence that still names it is left alone), and neither counts
    // people or things in general ("62 víctimas" / "62 people" is a fair translation). A warning: a translator may reword.
    private static void ReportWrongThings(Bead bead, CountedThings.Reading sourceRead, CountedThings.Reading targetRead, List<NumberMention> source, List<NumberMention> target,
        List<(int S, int T)> pairs, bool[]? swapped, List<Finding> findings, string sourceName, string targetName)
    {
        for (int k = 0; k < pairs.Count; k++)
        {
            var (s, t) = (source[pairs[k].S], target[pairs[k].T]);
            if (swapped?[k] == true || !CountsThings(s) || !CountsThings(t))
            {
                continue;
            }

            var sourceThings = sourceRead.Around(s);
            var targetThings = targetRead.Around(t);
            if (sourceThings.Count == 0 || targetThings.Count == 0 || sourceThings.Any(a => a.General || targetThings.Any(b => b.General || a.Meets(b))))
            {
                continue;
            }

            var (sourceThing, targetThing) = (sourceThings[0], targetThings[0]);
            if (targetRead.Mentions(sourceThing) || sourceRead.Mentions(targetThing))
            {
                continue;
            }

            findings.Add(new Finding(FindingKind.CountedThingMismatch, FindingSeverity.Warning, bead.Index,
                NumberMessages.WrongThing(sourceName, s, sourceThing.Word, targetName, t, targetThing.Word), s, t,
                $"the same number counts another thing: {sourceThing.Word} vs {targetThing.Word}"));
        }
    }

    private static int Start(IReadOnlyList<SentenceSpan> sentences) => sentences.Count == 0 ? 0 : sentences[0].Start;

    private static int End(IReadOnlyList<SentenceSpan> sentences) => sentences.Count == 0 ? 0 : sentences[^1].End;

    private static bool CountsThings(NumberMention m) => m.Kind is NumberKind.Cardinal or NumberKind.Percent or NumberKind.Money && !IsArticleLike(m);

    // Whether a word of the lexicon among the few after one mention translates one among the few after the other
    // ("IV Plan Nacional" and "third National Plan" share "plan" and "nacional").
    private static bool CountSameThing(CountedThings.Reading sourceRead, CountedThings.Reading targetRead, NumberMention s, NumberMention t)
    {
        var sourceThings = sourceRead.Around(s);
        if (sourceThings.Count == 0)
        {
            return false;
        }

        var targetThings = targetRead.Around(t);
        return sourceThings.Any(a => targetThings.Any(a.Meets));
    }

    // Whether two mentions count the same thing, by the bilingual lexicon: then they fill the same slot.
    private static bool SameThing(CountedThings.Reading sourceRead, CountedThings.Reading targetRead, NumberMention s, NumberMention t) =>
        sourceRead.Of(s) is { } a && targetRead.Of(t) is { } b && a.Meets(b);

    // A number read from damaged text: info when the other side agrees with the reading, a warning with the reason otherwise.
    private static void ReportDamage(int bead, List<NumberMention> mentions, int[] match, List<NumberMention> other, string name, string otherName,
        List<Finding> findings, bool sourceSide)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (!m.LooksDamaged)
            {
                continue;
            }

            var counterpart = match[k] >= 0 && match[k] < other.Count ? other[match[k]] : null;
            bool agrees = m.Kind == NumberKind.FootnoteMark || (counterpart is not null && counterpart.SharesValueWith(m));
            var severity = agrees ? FindingSeverity.Info : FindingSeverity.Warning;
            findings.Add(new Finding(FindingKind.DamagedNumber, severity, bead, NumberMessages.Damaged(name, m, otherName, counterpart),
                sourceSide ? m : counterpart, sourceSide ? counterpart : m, m.Kind == NumberKind.FootnoteMark ? "footnote mark" : "letters read as digits"));
        }
    }

    private static List<NumberMention> ReadAll(NumberReader reader, string text, IReadOnlyList<SentenceSpan> sentences, SentenceNumbers? read, bool sourceSide)
    {
        var mentions = new List<NumberMention>();
        foreach (var sentence in sentences)
        {
            var inSentence = read?.Of(sourceSide, sentence);
            if (inSentence is null)
            {
                inSentence = reader.Read(text, sentence.Start, sentence.End);
                read?.Keep(sourceSide, sentence, inSentence);
            }

            mentions.AddRange(inSentence);
        }

        return mentions;
    }

    // Greedy, in document order: each source mention takes the first free target mention that fits.
    private static void Pair(List<NumberMention> source, List<NumberMention> target, int[] sourceMatch, int[] targetMatch,
        List<(int S, int T)> pairs, Func<NumberMention, NumberMention, bool> fits)
    {
        for (int si = 0; si < source.Count; si++)
        {
            if (sourceMatch[si] >= 0)
            {
                continue;
            }

            for (int ti = 0; ti < target.Count; ti++)
            {
                if (targetMatch[ti] < 0 && fits(source[si], target[ti]))
                {
                    sourceMatch[si] = ti;
                    targetMatch[ti] = si;
                    pairs.Add((si, ti));
                    break;
                }
            }
        }
    }

    private static int CountLeft(List<NumberMention> mentions, int[] match, int family)
    {
        int count = 0;
        for (int k = 0; k < mentions.Count; k++)
        {
            if (match[k] < 0 && Family(mentions[k].Kind) == family)
            {
                count++;
            }
        }

        return count;
    }

    // Kinds that may stand for each other in a translation: a year with a date, a count with a law number.
    // A period word counts with the counts ("three decades" is "30 años"); calendar values and identifiers are their own.
    private static int Family(NumberKind kind) => kind switch
    {
        NumberKind.Cardinal or NumberKind.LawNumber or NumberKind.Duration => 0,
        NumberKind.Money => 1,
        NumberKind.Percent => 2,
        NumberKind.Year or NumberKind.Date => 3,
        NumberKind.Ordinal => 4,
        NumberKind.Time => 6,
        NumberKind.Decade => 7,
        NumberKind.Identifier => 8,
        NumberKind.FootnoteMark => FootnoteMarks,
        _ => 5,
    };

    private static bool OppositeSigns(NumberMention s, NumberMention t) =>
        s.Value != 0 && Math.Sign(s.Value) != Math.Sign(t.Value)
        && s.SharesValueWith(t with { Value = -t.Value, AlternativeValue = -t.AlternativeValue });

    private static bool UnitsAgree(NumberMention s, NumberMention t) =>
        s.Unit is null || t.Unit is null || s.Unit == t.Unit || (BareDollar(s) && CurrencyNames.WrittenWithDollarSign(t.Unit)) || (BareDollar(t) && CurrencyNames.WrittenWithDollarSign(s.Unit));

    // "$250.000" in a Mexican or Colombian text is pesos: an amount written with a bare $ (not US$, R$, C$) and no currency word
    // or code is read as US dollars, but agrees with any currency also written with $ (currency-names.txt).
    private static bool BareDollar(NumberMention m)
    {
        int sign = m.Unit == "USD" ? m.Text.IndexOf('$', StringComparison.Ordinal) : -1;
        return sign >= 0 && (sign == 0 || !char.IsLetter(m.Text[sign - 1])) && !m.Text.Contains("USD", StringComparison.OrdinalIgnoreCase)
            && !m.Text.Contains("dol", StringComparison.OrdinalIgnoreCase) && !m.Text.Contains("dól", StringComparison.OrdinalIgnoreCase);
    }

    private static Finding Mismatch(int bead, NumberMention s, NumberMention t, string sourceName, string targetName, bool sameSlot)
    {
        string message = NumberMessages.Says(sourceName, s, targetName, t);
        if (s.Kind == NumberKind.Identifier)
        {
            return new Finding(FindingKind.IdentifierMismatch, FindingSeverity.Error, bead, message, s, t, NumberMessages.IdentifierParts(s, t));
        }

        if (IsFact(s))
        {
            return new Finding(FindingKind.ValueMismatch, FindingSeverity.Error, bead, message, s, t, $"different {s.Kind.ToString().ToLowerInvariant()}");
        }

        if (s.Scale != t.Scale && SameSignificand(s, t))
        {
            return new Finding(FindingKind.ScaleMismatch, FindingSeverity.Error, bead, message, s, t, ScaleHint(s.Scale, t.Scale));
        }

        // A number the other side writes more precisely, rounded ("$1.32 billion" / "US$ 1.325 millones", "46 %" / "45,6 %"),
        // is a warning: a translation may round, but the reader should see which figure the original gave.
        if (Rounds(s, t))
        {
            return new Finding(FindingKind.ValueMismatch, FindingSeverity.Warning, bead, message, s, t, "one side rounds the other");
        }

        // An ordinal, fraction or multiplier is a warning unless it clearly fills the same slot as its counterpart.
        var severity = Family(s.Kind) is 4 or 5 && !sameSlot ? FindingSeverity.Warning : FindingSeverity.Error;
        return new Finding(FindingKind.ValueMismatch, severity, bead, message, s, t, Slip(s, t));
    }

    /// <summary>
    /// Whether one of the two amounts, counts or percentages is the other rounded: the other's reading lies within half a step
    /// of the last digit the coarser one writes (1.325 billion and 1.32 billion; 45.6 % and 46 %), at exactly half a step only
    /// when rounding half to even gives it (1.325 → 1.32, not 1.35 → 1.3), the two write different steps, and the coarser
    /// one writes at least <see cref="MinRoundedDigits"/> significant digits ("3 million" is no rounding of 2.6 millones).
    /// Steps are read from the digits as written, trailing zeros included ("2.50 %" against "2,54 %" is no rounding). Two
    /// whole numbers without a scale word write the same step, so 193 against 192 stays a mismatch. Only each side's own
    /// reading counts: "1.325 millones" may be read as 1.325 million to match "1,325 million", but "1.32 million" is no
    /// rounding of it.
    /// </summary>
    internal static bool Rounds(NumberMention s, NumberMention t)
    {
        if (Family(s.Kind) is not (0 or 1 or 2) || s.Kind is NumberKind.LawNumber or NumberKind.Duration || t.Kind is NumberKind.LawNumber or NumberKind.Duration
            || Family(s.Kind) != Family(t.Kind) || !UnitsAgree(s, t) || s.Value == t.Value || s.Value == 0 || t.Value == 0 || Math.Sign(s.Value) != Math.Sign(t.Value))
        {
            return false;
        }

        double stepS = WrittenStep(s), stepT = WrittenStep(t);
        if (Math.Abs(stepS - stepT) <= 1e-9 * Math.Max(stepS, stepT))
        {
            return false;
        }

        var (coarse, fine, step) = stepS > stepT ? (s.Value, t.Value, stepS) : (t.Value, s.Value, stepT);
        double units = Math.Abs(coarse) / step;
        if (units < Math.Pow(10, MinRoundedDigits - 1) - 1e-6)
        {
            return false;
        }

        double gap = Math.Abs(coarse - fine), half = step / 2;
        return gap < half * (1 - 1e-9)
            || (gap <= half * (1 + 1e-9) && Math.Round(units) % 2 == 0);
    }

    /// <summary>The fewest significant digits a figure writes for it to count as another one rounded (<see cref="Rounds"/>).</summary>
    private const int MinRoundedDigits = 2;

    // The value of the last digit the mention writes: 0.01 billion for "1.32 billion", 0.01 for "2.50 %", 1 for "46", a million
    // for "1.325 millones" read as 1,325 million. Digits after the last separator are decimals unless they are three (then a
    // group of thousands, unless the reading has decimals); a number in words writes its value's own digits.
    private static double WrittenStep(NumberMention m)
    {
        var text = m.Text.AsSpan();
        int first = text.IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return Math.Pow(10, -DecimalsOf(m.Value / m.Scale)) * m.Scale;
        }

        int k = first, separator = -1;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] is '.' or ',' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
        {
            separator = text[k] is '.' or ',' ? k : separator;
            k++;
        }

        int after = separator < 0 ? 0 : k - separator - 1;
        int decimals = separator < 0 ? 0 : after != 3 ? after : DecimalsOf(m.Value / m.Scale) > 0 ? 3 : 0;
        return Math.Pow(10, -decimals) * m.Scale;
    }

    // How many decimals a value has, up to ten: 2 for 1.32, 0 for 1325.
    private static int DecimalsOf(double value)
    {
        double x = Math.Abs(value);
        int decimals = 0;
        while (decimals < 10 && Math.Abs(x - Math.Round(x)) > 1e-9 * Math.Max(1, x))
        {
            x *= 10;
            decimals++;
        }

        return decimals;
    }

    private static bool SameSignificand(NumberMention s, NumberMention t) =>
        Math.Abs(s.Significand - t.Significand) <= 1e-9 * Math.Max(1, Math.Abs(s.Significand))
        || (s.AlternativeValue is { } sa && Math.Abs(sa / s.Scale - t.Significand) <= 1e-9 * Math.Max(1, Math.Abs(t.Significand)))
        || (t.AlternativeValue is { } ta && Math.Abs(ta / t.Scale - s.Significand) <= 1e-9 * Math.Max(1, Math.Abs(s.Significand)));

    private static string ScaleHint(double a, double b) =>
        Math.Min(a, b) == 1e9 && Math.Max(a, b) == 1e12
            ? "billion/billón: a billion is mil millones (10^9), a billón is a million million (10^12)"
            : "different scale word";

    /// <summary>What kind of slip turns one number into the other, judged on the digits as written, or null.</summary>
    internal static string? Slip(NumberMention s, NumberMention t)
    {
        if (s.Scale != t.Scale)
        {
            return SameSignificand(s, t) ? ScaleHint(s.Scale, t.Scale) : null;
        }

        string a = Digits(s.Significand), b = Digits(t.Significand);
        if (a == b)
        {
            return "misplaced decimal separator";
        }

        if (Math.Abs(a.Length - b.Length) == 1)
        {
            string longer = a.Length > b.Length ? a : b, shorter = a.Length > b.Length ? b : a;
            for (int k = 0; k < longer.Length; k++)
            {
                if (string.CompareOrdinal(longer, 0, shorter, 0, k) == 0 && string.CompareOrdinal(longer, k + 1, shorter, k, shorter.Length - k) == 0)
                {
                    return "inserted digit";
                }
            }

            return null;
        }

        if (a.Length != b.Length)
        {
            return null;
        }

        int first = -1, differences = 0;
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                differences++;
                first = first < 0 ? k : first;
            }
        }

        // One digit of two: any two small numbers differ so, which says nothing.
        if (differences == 1 && a.Length >= 3)
        {
            return "wrong digit";
        }

        return differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] ? "swapped digits" : null;
    }

    private static string Digits(double value)
    {
        string text = Math.Abs(value).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
        return text.Replace(".", "", StringComparison.Ordinal);
    }

    // "one" written as a word, alone: Spanish "un"/"una" are also articles and English "one" is also a pronoun,
    // so a lone "one" on one side says nothing about the translation.
    private static bool IsArticleLike(NumberMention m) => m.IsWords && m.Kind == NumberKind.Cardinal && m.Value == 1 && m.Scale == 1;

    private static FindingSeverity LoneSeverity(NumberMention m) =>
        m.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Ordinal or NumberKind.Fraction or NumberKind.Multiplier or NumberKind.Time or NumberKind.Decade
        || (m.Kind == NumberKind.Duration && m.IsWords)
        || (m.IsWords && m.Value <= 1)
            ? FindingSeverity.Info
            : FindingSeverity.Warning;
}
