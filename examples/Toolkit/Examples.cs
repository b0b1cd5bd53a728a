using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Alignment;
using Alignment.Batch;
using Alignment.Comparing;
using Alignment.Numbers;

namespace Alignment.Examples;

/// <summary>
/// The code of README.md's "Building blocks" sections, between <c>// example: NAME</c> and <c>// end</c> lines.
/// It sees only the library's public API.
/// </summary>
internal static class Examples
{
    public static IReadOnlyList<string> AlignSegments()
    {
        var lines = new List<string>();
        // example: segments
        var aligner = new SegmentAligner(); // immutable and thread-safe: build once, reuse
        Segment[] english =
        [
            new("The budget grew to 1.5 million soles.", "u1"),
            new("Prosecutions fell.", "u2"),
            new("Three shelters opened.", "u3"),
        ];
        Segment[] spanish =
        [
            new("El presupuesto creció a 15.5 millones de soles.", "u1"),
            new("Los procesamientos disminuyeron.", "u2"),
            new("Se abrieron tres albergues.", "u3"),
        ];

        SegmentAlignment alignment = aligner.Align(english, spanish, Language.English, Language.Spanish);
        foreach (Bead bead in alignment.Beads)
        {
            string ids = string.Join("+", alignment.SourceOf(bead).Select(s => s.Id)) + " ↔ "
                + string.Join("+", alignment.TargetOf(bead).Select(s => s.Id));
            lines.Add($"{bead.Type} {ids} {bead.Confidence:0.00}");
        }

        lines.AddRange(alignment.Findings.Select(f => $"bead {f.BeadIndex}: {f.Message}"));
        // end
        return lines;
    }

    public static IReadOnlyList<string> CheckTmx(string tmxPath)
    {
        var lines = new List<string>();
        // example: tmx
        // A QA script checking a TMX it got elsewhere: compare the numbers of every translation unit.
        var comparer = new SegmentNumberComparer(Language.English, Language.Spanish);
        XNamespace xml = XNamespace.Xml;
        foreach (XElement unit in XDocument.Load(tmxPath).Descendants("tu"))
        {
            string Segment(string language) => unit.Elements("tuv")
                .First(v => ((string?)v.Attribute(xml + "lang") ?? "").StartsWith(language, StringComparison.OrdinalIgnoreCase))
                .Element("seg")?.Value ?? "";

            foreach (Finding finding in comparer.Compare(Segment("en"), Segment("es")))
            {
                lines.Add($"{unit.Attribute("tuid")?.Value}: {finding.Severity} {finding.Code}: {finding.Message}");
            }
        }
        // end
        return lines;
    }

    public static IReadOnlyList<string> ReadNumbers()
    {
        var lines = new List<string>();
        // example: numbers
        NumberReader spanish = NumberReader.For(Language.Spanish);
        foreach (NumberMention number in spanish.Read("Se identificaron 1.054 víctimas y veintiún casos en 2021."))
        {
            lines.Add($"[{number.Start}, {number.End}) \"{number.Text}\" = {number.Value} ({number.Kind})");
        }
        // end
        return lines;
    }

    public static IReadOnlyList<string> SplitAndAnalyze(string reportPath)
    {
        var lines = new List<string>();
        // example: sentences
        string text = "El Sr. Pérez llegó a las 10 a. m. Luego habló.\n\nOtro párrafo.";
        foreach (SentenceSpan sentence in TextAnalysis.SplitSentences(text, Language.Spanish))
        {
            lines.Add($"[{sentence.Start}, {sentence.End}) {sentence.Text}");
        }

        ReportStructure report = TextAnalysis.Analyze(ReportDocument.LoadOrThrow(reportPath));
        foreach (Section section in report.Sections)
        {
            int sentences = report.Sentences.Count(s => s.SectionIndex == section.Index);
            lines.Add($"{section.Kind}: {section.Heading ?? "(no heading)"}, {sentences} sentences");
        }
        // end
        return lines;
    }

    public static async Task<string> LoadFromStreamAsync(Stream upload, string fileName, CancellationToken cancellationToken)
    {
        // example: stream
        // An upload, a blob, a pipe: same formats, same 64 MiB and decompression limits as a path.
        LoadResult loaded = await ReportDocument.FromStreamAsync(upload, fileName, cancellationToken: cancellationToken);
        if (!loaded.Succeeded)
        {
            return $"{loaded.Path}: {loaded.Diagnostics[0].Message}"; // one line, ready for the user
        }

        ReportDocument document = loaded.Document!;
        // end
        return $"{document.Name}: {document.Language}, {document.TextSource}";
    }

    public static async IAsyncEnumerable<string> StreamBatchAsync(IEnumerable<(string Source, string Target)> files,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // example: batch
        var batch = new BatchAligner(new BitextAligner(), parallelism: 2);
        var pairs = files.Select(f => new BatchPair(Path.GetFileName(f.Source), f.Source, f.Target));
        await foreach (BatchPairResult pair in batch.AlignAsync(pairs, cancellationToken))
        {
            // In the order of the pairs, each as soon as it is ready; cancelling or leaving the loop stops the batch.
            yield return pair.Failed
                ? $"{pair.Pair.Name}: failed: {pair.Error}"
                : $"{pair.Pair.Name}: {pair.Result!.Beads.Count} beads, {pair.Result.Findings.Count} findings";
        }
        // end
    }

    public static (BilingualDictionary FromFile, BilingualDictionary InCode, SegmentAlignment Alignment) AlignWithDictionary(string dictionaryPath)
    {
        // example: dictionary
        // hunalign's "target @ source" lines or "source<TAB>target" TSV, told apart by the first entry.
        BilingualDictionary fromFile = BilingualDictionary.Load(dictionaryPath);
        BilingualDictionary inCode = BilingualDictionary.FromPairs([("Gipfel", "sommet"), ("Hütte", "cabane")]);
        // FreeDict's dict-freedict-spa-eng: BilingualDictionary.LoadDictd("/usr/share/dictd/freedict-spa-eng.index")

        var aligner = new SegmentAligner(new AlignerOptions { Dictionary = fromFile });
        Segment[] german = [new("Am Morgen erreichten wir die Hütte."), new("Der Gipfel lag im Nebel.")];
        Segment[] french = [new("Le matin, nous atteignîmes la cabane."), new("Le sommet était dans le brouillard.")];
        SegmentAlignment alignment = aligner.Align(german, french, Language.Parse("de"), Language.Parse("fr"));
        // end
        return (fromFile, inCode, alignment);
    }
}
