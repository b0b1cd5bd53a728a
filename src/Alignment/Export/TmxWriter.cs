using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;

namespace Alignment.Export;

/// <summary>
/// Writes an alignment as a TMX 1.4b translation memory (UTF-8): one <c>tu</c> per bead with one <c>tuv</c>
/// per language holding the bead's text as a CAT tool segments the document (see <see cref="TmxSegmentText"/>: a
/// source side an empty line cuts gives one unit per piece, <c>tuid</c> <c>N.1</c>, <c>N.2</c> after the first, with
/// an <c>x-piece</c> prop), or its normalized text on request, and <c>x-</c> props for the section, bead type, confidence,
/// numeric findings and the [start, end) offsets (UTF-16 code units) of each side in its document's text.
/// Characters XML 1.0 forbids (OCR control characters) are dropped; everything else is escaped by the
/// <see cref="XmlWriter"/>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// No DOCTYPE is written: it is optional in TMX, and translate-toolkit and OmegaT read files with or without it,
/// but with <c>SYSTEM "tmx14.dtd"</c> .NET's XmlReader (DTDs prohibited by default) refuses the file and Java's
/// default DocumentBuilder fails looking for a <c>tmx14.dtd</c> beside it.
/// Two documents in the same language give two <c>tuv</c>s with the same <c>xml:lang</c>.
/// </remarks>
public static class TmxWriter
{
    /// <summary>The <c>creationtoolversion</c>: this library's informational version.</summary>
    public static string ToolVersion { get; } =
        typeof(TmxWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(TmxWriter).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>
    /// Writes <paramref name="result"/> to <paramref name="stream"/>. <c>srclang</c> and <c>xml:lang</c> are the
    /// documents' language codes (<c>en</c>, <c>es</c>: region-less, so they match any regional variant in tools).
    /// </summary>
    /// <param name="result">The alignment.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="TmxOptions.Default"/>.</param>
    public static void Write(BitextResult result, Stream stream, TmxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= TmxOptions.Default;
        var findings = result.Findings.ToLookup(f => f.BeadIndex);
        string sourceLang = result.Source.Document.Language.Code;
        string targetLang = result.Target.Document.Language.Code;

        using var xml = XmlWriter.Create(stream, XmlCharacters.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "bitext");
        xml.WriteAttributeString("creationtoolversion", Clean(ToolVersion));
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("adminlang", "en");
        xml.WriteAttributeString("srclang", sourceLang);
        xml.WriteAttributeString("o-tmf", "bitext");
        WriteProp(xml, "x-source-document", Export.DocumentPaths.Of(result.Source.Document, options.DocumentPaths));
        WriteProp(xml, "x-target-document", Export.DocumentPaths.Of(result.Target.Document, options.DocumentPaths));
        xml.WriteEndElement();

        xml.WriteStartElement("body");
        foreach (var bead in result.Beads)
        {
            bool unmatched = bead.IsOmission || bead.IsAddition;
            if (unmatched && !options.KeepUnmatched)
            {
                continue;
            }

            if (options.Text == TmxSegmentText.Normalized)
            {
                WriteUnit(xml, bead, findings[bead.Index], sourceLang, SegmentText(bead.Source), targetLang, SegmentText(bead.Target), bead.Index.ToString(CultureInfo.InvariantCulture), null);
                continue;
            }

            // A source side an empty line cuts is one unit per piece, as the CAT tool has one segment per piece:
            // the first carries the whole translation, the others an empty one.
            var pieces = CatSegments.SourcePieces(result.Source.Document.Text, bead.Source);
            string target = Clean(CatSegments.TargetText(result.Target.Document.Text, bead.Target));
            if (pieces.Count <= 1)
            {
                WriteUnit(xml, bead, findings[bead.Index], sourceLang, pieces.Count == 0 ? string.Empty : Clean(pieces[0]), targetLang, target, bead.Index.ToString(CultureInfo.InvariantCulture), null);
                continue;
            }

            for (int p = 0; p < pieces.Count; p++)
            {
                string tuid = bead.Index.ToString(CultureInfo.InvariantCulture) + (p == 0 ? string.Empty : "." + p.ToString(CultureInfo.InvariantCulture));
                string piece = $"{p + 1}/{pieces.Count}";
                WriteUnit(xml, bead, p == 0 ? findings[bead.Index] : [], sourceLang, Clean(pieces[p]), targetLang, p == 0 ? target : string.Empty, tuid, piece);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The text of one side of a bead as written in its <c>seg</c>: the sentences' normalized text joined by spaces.</summary>
    internal static string SegmentText(IReadOnlyList<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Clean(string.Join(' ', sentences.Select(s => s.NormalizedText)));
    }

    /// <summary>One finding of a bead, as a prop of its unit.</summary>
    internal static void WriteFinding(XmlWriter xml, Finding finding) =>
        WriteProp(xml, "x-finding", $"{WireNames.Of(finding.Severity)}: {finding.Message}");

    private static void WriteUnit(XmlWriter xml, Bead bead, IEnumerable<Finding> findings, string sourceLang, string source, string targetLang, string target, string tuid, string? piece)
    {
        bool unmatched = bead.IsOmission || bead.IsAddition;
        xml.WriteStartElement("tu");
        xml.WriteAttributeString("tuid", tuid);
        WriteProp(xml, "x-section", WireNames.Of(bead.Section));
        WriteProp(xml, "x-bead-type", bead.Type.ToString());
        WriteProp(xml, "x-confidence", bead.Confidence.ToString("0.000", CultureInfo.InvariantCulture));
        if (piece is not null)
        {
            WriteProp(xml, "x-piece", piece);
        }

        if (unmatched)
        {
            WriteProp(xml, "x-unmatched", bead.IsOmission ? "omission" : "addition");
        }

        foreach (var finding in findings)
        {
            WriteFinding(xml, finding);
        }

        WriteTuv(xml, sourceLang, bead.Source, source);
        WriteTuv(xml, targetLang, bead.Target, target);
        xml.WriteEndElement();
    }

    private static void WriteTuv(XmlWriter xml, string language, IReadOnlyList<SentenceSpan> sentences, string text)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", null, language);
        if (sentences.Count > 0)
        {
            WriteProp(xml, "x-start", sentences[0].Start.ToString(CultureInfo.InvariantCulture));
            WriteProp(xml, "x-end", sentences[^1].End.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("seg", text);
        xml.WriteEndElement();
    }

    private static void WriteProp(XmlWriter xml, string type, string value)
    {
        xml.WriteStartElement("prop");
        xml.WriteAttributeString("type", type);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static string Clean(string text) => XmlCharacters.RemoveInvalid(text);
}
