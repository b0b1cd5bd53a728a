using System.Globalization;
using Alignment.Numbers;

namespace Alignment.Export;

/// <summary>
/// Writes what each stage did for one pair (<c>bitext align --explain</c>), in the pipeline's order: sentences, sections and
/// blocks, anchors, length models, the first pass, the learned lexicon, the second pass and what it changed, the numbers
/// read and the findings. Sentences are named <c>s12</c> (source) and <c>t11</c> (target), their indexes in the documents.
/// </summary>
internal static class ExplanationWriter
{
    // How much of a sentence is quoted beside its index: enough to recognise it on one line.
    private const int QuotedChars = 60;

    /// <summary>Writes the explanation of <paramref name="result"/>, which must carry one (<see cref="AlignerOptions.Explain"/>).</summary>
    /// <exception cref="ArgumentException">The result was made without <see cref="AlignerOptions.Explain"/>.</exception>
    public static void Write(BitextResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var explanation = result.Explanation
            ?? throw new ArgumentException("The result carries no explanation: align with AlignerOptions.Explain.", nameof(result));
        var source = result.Source;
        var target = result.Target;

        output.WriteLine($"1. Sentences: {Describe(source)}; {Describe(target)}");

        output.WriteLine($"2. Sections and blocks: {Plural.Of(result.SectionPairs.Count, "section pair")}, aligned as {Plural.Of(explanation.Blocks.Count, "block")} (no bead crosses two blocks)");
        foreach (var d in result.Diagnostics.Where(d => d.Code == DiagnosticCodes.WholeDocumentFallback || d.Code == DiagnosticCodes.UnpairedSection))
        {
            output.WriteLine($"   note: {d.Message}");
        }

        for (int b = 0; b < explanation.Blocks.Count; b++)
        {
            var block = explanation.Blocks[b];
            output.WriteLine(Invariant($"   block {b + 1}: {block.Kind}, {block.SourceSentences} source and {block.TargetSentences} target sentences{(block.HeadingsPaired ? ", headings paired first" : "")}"));
        }

        output.WriteLine($"3. Anchors: {Plural.Of(explanation.Anchors.Count, "sentence pair")} sure before aligning (rare words, numbers and names shared by one sentence on each side)");
        foreach (var anchor in explanation.Anchors)
        {
            output.WriteLine($"   s{anchor.Source} ↔ t{anchor.Target}  {Quote(source, anchor.Source)} ↔ {Quote(target, anchor.Target)}");
        }

        output.WriteLine("4. Length models (target characters per source character, variance per character), in the order fitted:");
        foreach (var model in explanation.LengthModels)
        {
            string on = model.Pairs > 0 || model.FittedOn != "document totals" ? $"{model.FittedOn} ({Plural.Of(model.Pairs, "pair")})" : model.FittedOn;
            string kept = model.FittedOn != "document totals" && model.Pairs < 10 ? ": too few, the model before is kept" : "";
            output.WriteLine(Invariant($"   {on}: ratio {model.TargetPerSourceChar:0.000}, variance {model.Variance:0.00}{kept}"));
        }

        output.WriteLine($"5. First pass: {Plural.Of(explanation.FirstPass.Count, "bead")} ({Shapes(explanation.FirstPass.Select(b => (b.Source.Count, b.Target.Count)))}; paired headings are beads of their own)");
        if (!explanation.SecondPass)
        {
            output.WriteLine("6. No second pass (LearnLexicon is off): the first pass is the result.");
        }
        else
        {
            output.WriteLine($"6. Learned from the first pass's confident 1-1 beads: {Plural.Of(explanation.LearnedLexicon.Count, "word pair")}");
            if (explanation.LearnedLexicon.Count > 0)
            {
                output.WriteLine("   " + string.Join(", ", explanation.LearnedLexicon.Select(w => $"{w.Source} ↔ {w.Target}")));
            }

            var firstPass = explanation.FirstPass.Select(Key).ToHashSet(StringComparer.Ordinal);
            var changed = result.Beads.Where(b => !IsPairedHeading(b) && !firstPass.Contains(Key(b))).ToList();
            output.WriteLine($"7. Second pass (the result): {Plural.Of(result.Beads.Count, "bead")} ({Shapes(result.Beads.Select(b => (b.Source.Count, b.Target.Count)))}); {Plural.Of(changed.Count, "bead")} differ from the first pass");
            foreach (var bead in changed)
            {
                output.WriteLine(Invariant($"   bead {bead.Index} {bead.Type}: {Sentences("s", bead.Source)} ↔ {Sentences("t", bead.Target)}, confidence {bead.Confidence:0.00}"));
            }
        }

        WriteNumbers(result, output);
        var counts = result.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine($"9. Findings: {(result.Findings.Count == 0 ? "none" : string.Join(", ", counts))}; {Plural.Of(result.LowConfidence().Count(), "bead")} below confidence {result.LowConfidenceThreshold.ToString("0.0##", CultureInfo.InvariantCulture)}");
    }

    // The numbers each bead's sentences were read to hold, for the beads that have any.
    private static void WriteNumbers(BitextResult result, TextWriter output)
    {
        var lines = new List<string>();
        foreach (var bead in result.Beads)
        {
            var sourceNumbers = Read(result, true, bead.Source);
            var targetNumbers = Read(result, false, bead.Target);
            if (sourceNumbers.Count + targetNumbers.Count > 0)
            {
                lines.Add($"   bead {bead.Index}: {List(sourceNumbers)} ↔ {List(targetNumbers)}");
            }
        }

        output.WriteLine($"8. Numbers read: in {Plural.Of(lines.Count, "bead")}");
        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static List<NumberMention> Read(BitextResult result, bool sourceSide, IReadOnlyList<SentenceSpan> sentences)
    {
        var mentions = new List<NumberMention>();
        var document = sourceSide ? result.Source.Document : result.Target.Document;
        foreach (var sentence in sentences)
        {
            var read = result.Numbers?.Of(sourceSide, sentence);
            if (read is null && document.Language.HasLanguageData)
            {
                read = NumberReader.For(document.Language).Read(document.Text, sentence.Start, sentence.End);
            }

            mentions.AddRange(read ?? []);
        }

        return mentions;
    }

    private static string List(List<NumberMention> mentions) =>
        mentions.Count == 0 ? "-" : string.Join("; ", mentions.Select(m => Invariant($"{TerminalText.Escape(m.Text)} = {m.Value:G} {m.Kind}{(m.LooksDamaged ? " (looks damaged)" : "")}")));

    private static string Describe(ReportStructure structure) =>
        $"{TerminalText.Escape(Path.GetFileName(structure.Document.Name))} ({structure.Document.Language}) {Plural.Of(structure.Sentences.Count, "sentence")} in {Plural.Of(structure.Sections.Count, "section")}";

    private static string Quote(ReportStructure structure, int index)
    {
        string text = TerminalText.Escape(structure.Sentences[index].NormalizedText);
        return "\"" + (text.Length <= QuotedChars ? text : text[..QuotedChars] + "…") + "\"";
    }

    private static string Shapes(IEnumerable<(int Source, int Target)> beads) =>
        string.Join(", ", beads.GroupBy(b => $"{b.Source}-{b.Target}").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}"));

    private static string Sentences(string side, IReadOnlyList<SentenceSpan> sentences) =>
        sentences.Count == 0 ? "-" : string.Join(" ", sentences.Select(s => side + s.Index.ToString(CultureInfo.InvariantCulture)));

    private static string Key(ExplainedBead bead) => string.Join(",", bead.Source) + "|" + string.Join(",", bead.Target);

    private static string Key(Bead bead) => string.Join(",", bead.Source.Select(s => s.Index)) + "|" + string.Join(",", bead.Target.Select(s => s.Index));

    private static bool IsPairedHeading(Bead bead) => bead is { Source: [{ IsHeading: true }], Target: [{ IsHeading: true }] };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
