using Alignment.Numbers;
using System.Globalization;
using static Alignment.Export.HtmlText;

namespace Alignment.Export;

/// <summary>
/// Writes an alignment as one self-contained HTML review page (inline CSS and script, no network): a summary,
/// the list of findings linking to their rows (<c>#bead-N</c>), navigation by section, then per section a
/// two-column table with one row per bead. Confidence is shown as a number and a red-to-green bar, omissions
/// and additions are marked, digit runs are wrapped in <c>&lt;span class="num"&gt;</c>. All document text is
/// HTML-escaped and stripped of control characters. Stateless and thread-safe.
/// </summary>
public static class HtmlReviewWriter
{
    private static readonly System.Text.RegularExpressions.Regex WhiteSpace = new(@"\s+", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>The page's style sheet and script, embedded in the assembly (<c>Export/Assets</c>) and read once.</summary>
    private static readonly string Css = ExportAssets.Read("review.css");
    private static readonly string Script = ExportAssets.Read("review.js");

    /// <summary>Below this confidence a bead is marked low.</summary>

    /// <summary>Writes the review page for <paramref name="result"/>, documents named by file name; the writer should encode UTF-8 (the page says so).</summary>
    public static void Write(BitextResult result, TextWriter writer) => Write(result, writer, DocumentPathStyle.FileName);

    /// <summary>Writes the review page for <paramref name="result"/>; the writer should encode UTF-8 (the page says so).</summary>
    public static void Write(BitextResult result, TextWriter writer, DocumentPathStyle paths)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var source = result.Source.Document;
        var target = result.Target.Document;
        var findings = result.Findings.ToLookup(f => f.BeadIndex);
        var groups = Group(result.Beads);

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta name=\"generator\" content=\"bitext\">\n<title>Alignment review: ");
        writer.Write(Escape(DocumentPaths.Of(source, paths)));
        writer.Write(" \u2194 ");
        writer.Write(Escape(DocumentPaths.Of(target, paths)));
        writer.Write("</title>\n<style>\n");
        writer.Write(Css);
        writer.Write("</style>\n</head>\n<body>\n<header>\n<h1>Alignment review</h1>\n<p class=\"docs\">");
        WriteDocument(writer, "Source", source, paths);
        writer.Write(" &nbsp;\u2194&nbsp; ");
        WriteDocument(writer, "Target", target, paths);
        writer.Write("</p>\n<p class=\"summary\">");
        writer.Write(Invariant($"{Plural.Of(result.Beads.Count, "bead")} &middot; <b>{result.Findings.Count}</b> {(result.Findings.Count == 1 ? "finding" : "findings")} &middot; "));
        writer.Write(Invariant($"{result.Unmatched.Count()} unmatched &middot; {result.LowConfidence().Count()} below {result.LowConfidenceThreshold:0.0##} confidence"));
        writer.Write("</p>\n");
        WriteDiagnostics(writer, result);
        WriteSectionNavigation(writer, result, groups);
        writer.Write("<div class=\"filters\" role=\"group\" aria-label=\"Show\">Show: ");
        writer.Write("<button type=\"button\" data-filter=\"\" aria-pressed=\"true\">all beads</button>");
        writer.Write("<button type=\"button\" data-filter=\"only-findings\" aria-pressed=\"false\">with findings</button>");
        writer.Write("<button type=\"button\" data-filter=\"only-unmatched\" aria-pressed=\"false\">unmatched</button>");
        writer.Write("<button type=\"button\" data-filter=\"only-low\" aria-pressed=\"false\">low confidence</button>");
        writer.Write("<span class=\"legend\">confidence: <i style=\"--h:0\"></i>&le;0.3 <i style=\"--h:40\"></i>0.5 <i style=\"--h:80\"></i>0.7 <i style=\"--h:120\"></i>&ge;0.9</span>");
        writer.Write("</div>\n</header>\n<main>\n");
        WriteFindingList(writer, result.Findings);

        for (int g = 0; g < groups.Count; g++)
        {
            WriteSection(writer, result, g, groups[g], findings);
        }

        writer.Write("</main>\n<script>\n");
        writer.Write(Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>One finding, as a list item linking to its bead's row; used in the list at the top and under the row.</summary>
    internal static void WriteFinding(TextWriter writer, Finding finding)
    {
        string severity = WireNames.Of(finding.Severity);
        writer.Write(Invariant($"<li class=\"finding {severity}\"><span class=\"sev\">{severity}</span> <a href=\"#bead-{finding.BeadIndex}\">bead {finding.BeadIndex}</a> "));
        writer.Write(Escape(finding.Message));
        if (finding.Hint is not null)
        {
            writer.Write(" <em>(");
            writer.Write(Escape(finding.Hint));
            writer.Write(")</em>");
        }

        writer.Write("</li>\n");
    }

    /// <summary>
    /// Renders a sentence from the original text, white space folded, with every number the language's
    /// <see cref="NumberReader"/> reads wrapped in <c>&lt;span class="num"&gt;</c> (its value in the title), and
    /// the numbers a finding is about marked <c>num flagged</c>. Pieces are escaped one by one. <paramref name="numbersRead"/> are
    /// the mentions the comparer already read in the sentence (<see cref="BitextResult.Numbers"/>); the text is read only without them.
    /// </summary>
    internal static string RenderSentence(ReportDocument document, SentenceSpan sentence, IReadOnlySet<int> flagged, IReadOnlyList<NumberMention>? numbersRead = null)
    {
        var mentions = numbersRead
            ?? (document.Language.Profile is { } profile
                ? NumberReader.For(profile).Read(document.Text, sentence.Start, sentence.End)
                : []);
        var html = new System.Text.StringBuilder(sentence.End - sentence.Start + 32);
        int i = sentence.Start;
        foreach (var mention in mentions)
        {
            if (mention.Start < i)
            {
                continue;
            }

            html.Append(Escape(Fold(document.Text[i..mention.Start])));
            string cls = flagged.Contains(mention.Start) ? "num flagged" : "num";
            string title = mention.Value.ToString("#,0.######", CultureInfo.InvariantCulture) + (mention.Unit is null ? "" : " " + mention.Unit);
            html.Append(Invariant($"<span class=\"{cls}\" title=\"{Escape(title)}\">")).Append(Escape(Fold(document.Text[mention.Start..mention.End]))).Append("</span>");
            i = mention.End;
        }

        html.Append(Escape(Fold(document.Text[i..sentence.End])));
        return html.ToString();

        static string Fold(string text) => WhiteSpace.Replace(text, " ");
    }

    private static void WriteDocument(TextWriter writer, string role, ReportDocument document, DocumentPathStyle paths)
    {
        writer.Write(Invariant($"{role}: <b>{Escape(DocumentPaths.Of(document, paths))}</b> <span class=\"lang\">{Escape(document.Language.Code)}</span>"));
    }

    private static void WriteDiagnostics(TextWriter writer, BitextResult result)
    {
        var diagnostics = result.Diagnostics.Concat(result.Source.Diagnostics).Concat(result.Target.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (diagnostics.Count == 0)
        {
            return;
        }

        writer.Write("<ul class=\"diagnostics\">\n");
        foreach (var d in diagnostics)
        {
            writer.Write("<li>");
            writer.Write(Escape(d.Message));
            writer.Write("</li>\n");
        }

        writer.Write("</ul>\n");
    }

    private static void WriteSectionNavigation(TextWriter writer, BitextResult result, IReadOnlyList<IReadOnlyList<Bead>> groups)
    {
        writer.Write("<nav class=\"sections\" aria-label=\"Sections\">Sections:");
        for (int g = 0; g < groups.Count; g++)
        {
            var beads = groups[g];
            int flagged = beads.Sum(b => result.Findings.Count(f => f.BeadIndex == b.Index));
            writer.Write(Invariant($" <a href=\"#section-{g}\">{Escape(Title(beads[0].Section))} <small>{beads.Count}</small>"));
            if (flagged > 0)
            {
                writer.Write(Invariant($" <span class=\"badge\">{flagged}</span>"));
            }

            writer.Write("</a>");
        }

        writer.Write("</nav>\n");
    }

    private static void WriteFindingList(TextWriter writer, IReadOnlyList<Finding> findings)
    {
        writer.Write(Invariant($"<section id=\"findings\" class=\"findings\">\n<h2>Findings ({findings.Count})</h2>\n"));
        if (findings.Count == 0)
        {
            writer.Write("<p class=\"none\">No numeric disagreements found.</p>\n");
        }
        else
        {
            writer.Write("<ol>\n");
            foreach (var finding in findings)
            {
                WriteFinding(writer, finding);
            }

            writer.Write("</ol>\n");
        }

        writer.Write("</section>\n");
    }

    private static void WriteSection(TextWriter writer, BitextResult result, int number, IReadOnlyList<Bead> beads, ILookup<int, Finding> findings)
    {
        var kind = beads[0].Section;
        var pair = result.SectionPairs.FirstOrDefault(p => p.Kind == kind);
        writer.Write(Invariant($"<section id=\"section-{number}\" class=\"section\">\n<h2>{Escape(Title(kind))}"));
        if (pair?.Source?.Heading is not null || pair?.Target?.Heading is not null)
        {
            writer.Write(Invariant($" <small>{Escape(pair?.Source?.Heading ?? "\u2014")} / {Escape(pair?.Target?.Heading ?? "\u2014")}</small>"));
        }

        writer.Write("</h2>\n<table>\n<colgroup><col class=\"c-meta\"><col><col></colgroup>\n<thead><tr><th>bead</th>");
        writer.Write(Invariant($"<th>Source <span class=\"lang\">{Escape(result.Source.Document.Language.Code)}</span></th>"));
        writer.Write(Invariant($"<th>Target <span class=\"lang\">{Escape(result.Target.Document.Language.Code)}</span></th></tr></thead>\n<tbody>\n"));
        foreach (var bead in beads)
        {
            WriteBead(writer, result, bead, findings[bead.Index].ToList());
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteBead(TextWriter writer, BitextResult result, Bead bead, IReadOnlyList<Finding> findings)
    {
        var classes = new List<string> { "bead" };
        if (bead.IsOmission)
        {
            classes.Add("unmatched omission");
        }
        else if (bead.IsAddition)
        {
            classes.Add("unmatched addition");
        }

        if (bead.Confidence < result.LowConfidenceThreshold)
        {
            classes.Add("low");
        }

        if (findings.Count > 0)
        {
            classes.Add("has-finding");
        }

        int hue = Hue(bead.Confidence);
        writer.Write(Invariant($"<tr id=\"bead-{bead.Index}\" class=\"{string.Join(' ', classes)}\" style=\"--h:{hue}\">"));
        writer.Write(Invariant($"<td class=\"meta\"><a href=\"#bead-{bead.Index}\">{bead.Index}</a><span class=\"type\">{bead.Type}</span>"));
        writer.Write(Invariant($"<span class=\"conf\" title=\"confidence\">{bead.Confidence:0.00}</span></td>"));
        var flaggedSource = findings.Where(f => f.Source is not null).Select(f => f.Source!.Start).ToHashSet();
        var flaggedTarget = findings.Where(f => f.Target is not null).Select(f => f.Target!.Start).ToHashSet();
        WriteSide(writer, result.Source.Document, bead.Source, flaggedSource, bead.IsAddition ? "addition: not in the source" : null, s => result.Numbers?.Of(true, s));
        WriteSide(writer, result.Target.Document, bead.Target, flaggedTarget, bead.IsOmission ? "omission: not in the target" : null, s => result.Numbers?.Of(false, s));
        writer.Write("</tr>\n");
        if (findings.Count > 0)
        {
            writer.Write(Invariant($"<tr class=\"finding-row\" style=\"--h:{hue}\"><td class=\"meta\"></td><td colspan=\"2\"><ul>\n"));
            foreach (var finding in findings)
            {
                WriteFinding(writer, finding);
            }

            writer.Write("</ul></td></tr>\n");
        }
    }

    private static void WriteSide(
        TextWriter writer, ReportDocument document, IReadOnlyList<SentenceSpan> sentences, IReadOnlySet<int> flagged, string? missing,
        Func<SentenceSpan, IReadOnlyList<NumberMention>?> numbersRead)
    {
        string language = document.Language.Code;
        if (missing is not null)
        {
            writer.Write(Invariant($"<td class=\"missing\">{missing}</td>"));
            return;
        }

        writer.Write(Invariant($"<td lang=\"{Escape(language)}\">"));
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            writer.Write(Invariant($"{(i > 0 ? " " : "")}<span class=\"{(s.IsHeading ? "s heading" : "s")}\" data-start=\"{s.Start}\" data-end=\"{s.End}\">"));
            writer.Write(RenderSentence(document, s, flagged, numbersRead(s)));
            writer.Write("</span>");
        }

        writer.Write("</td>");
    }

    /// <summary>Runs of consecutive beads in the same section.</summary>
    private static List<IReadOnlyList<Bead>> Group(IReadOnlyList<Bead> beads)
    {
        var groups = new List<IReadOnlyList<Bead>>();
        List<Bead>? current = null;
        foreach (var bead in beads)
        {
            if (current is null || current[0].Section != bead.Section)
            {
                current = [];
                groups.Add(current);
            }

            current.Add(bead);
        }

        return groups;
    }

    /// <summary>
    /// Red (0) to green (120) over 0.3–0.9, where the aligner's confidences actually spread: on a plain 0–1
    /// scale a doubtful 0.6 already looked green.
    /// </summary>
    private static int Hue(double confidence) => (int)Math.Round(Math.Clamp((confidence - 0.3) / 0.6, 0, 1) * 120);

    private static string Title(SectionKind kind) => kind == SectionKind.Other ? "Other" : kind.ToString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
