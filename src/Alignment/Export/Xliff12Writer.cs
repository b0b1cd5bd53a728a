using System.Globalization;
using System.Xml;

namespace Alignment.Export;

/// <summary>
/// Writes an alignment as an XLIFF 1.2 document (UTF-8), the version OmegaT, translate-toolkit, Okapi and most CAT
/// tools in use read: one <c>file</c> (<c>original</c> the source document, <c>source-language</c>,
/// <c>target-language</c>, <c>datatype</c> <c>plaintext</c>), a <c>header</c> naming the tool, one <c>group</c> per run
/// of beads in the same section (<c>resname</c> = the section kind), one <c>trans-unit</c> per bead (<c>id</c>
/// <c>u</c> + bead index) with its <c>source</c>, a <c>target</c> (<c>state="translated"</c>) unless the bead is an
/// omission, and <c>note</c>s for the confidence, the bead type, an unmatched side and each numeric finding
/// (<c>priority</c> 1 for errors, 3 for warnings, 8 for notes). The text is the beads' normalized text, as in
/// <see cref="XliffWriter"/>. Characters XML 1.0 forbids are dropped. Stateless and thread-safe.
/// </summary>
public static class Xliff12Writer
{
    /// <summary>The XLIFF 1.2 namespace.</summary>
    public const string Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/> (left open).</summary>
    /// <param name="result">The alignment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="paths">How documents are named in <c>original</c> and the header notes.</param>
    public static void Write(BitextResult result, Stream stream, DocumentPathStyle paths = DocumentPathStyle.FileName)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var findings = result.Findings.ToLookup(f => f.BeadIndex);
        string sourceLang = result.Source.Document.Language.Code;
        string targetLang = result.Target.Document.Language.Code;
        using var xml = XmlWriter.Create(stream, XmlCharacters.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("xliff", Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("file", Namespace);
        xml.WriteAttributeString("original", Clean(DocumentPaths.Of(result.Source.Document, paths)));
        xml.WriteAttributeString("source-language", sourceLang);
        xml.WriteAttributeString("target-language", targetLang);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteAttributeString("tool-id", "bitext");
        xml.WriteStartElement("header", Namespace);
        xml.WriteStartElement("tool", Namespace);
        xml.WriteAttributeString("tool-id", "bitext");
        xml.WriteAttributeString("tool-name", "bitext");
        xml.WriteAttributeString("tool-version", Clean(TmxWriter.ToolVersion));
        xml.WriteEndElement();
        WriteNote(xml, "source-document: " + Clean(DocumentPaths.Of(result.Source.Document, paths)));
        WriteNote(xml, "target-document: " + Clean(DocumentPaths.Of(result.Target.Document, paths)));
        xml.WriteEndElement();

        xml.WriteStartElement("body", Namespace);
        SectionKind? open = null;
        int groups = 0;
        foreach (var bead in result.Beads)
        {
            if (open != bead.Section)
            {
                if (open is not null)
                {
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("group", Namespace);
                xml.WriteAttributeString("id", "g" + groups.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("resname", WireNames.Of(bead.Section));
                groups++;
                open = bead.Section;
            }

            WriteUnit(xml, bead, findings[bead.Index], sourceLang, targetLang);
        }

        if (open is not null)
        {
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteUnit(XmlWriter xml, Bead bead, IEnumerable<Finding> findings, string sourceLang, string targetLang)
    {
        xml.WriteStartElement("trans-unit", Namespace);
        xml.WriteAttributeString("id", "u" + bead.Index.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("source", Namespace);
        xml.WriteAttributeString("xml", "lang", null, sourceLang);
        xml.WriteString(TmxWriter.SegmentText(bead.Source));
        xml.WriteEndElement();
        if (bead.Target.Count > 0)
        {
            xml.WriteStartElement("target", Namespace);
            xml.WriteAttributeString("xml", "lang", null, targetLang);
            xml.WriteAttributeString("state", "translated");
            xml.WriteString(TmxWriter.SegmentText(bead.Target));
            xml.WriteEndElement();
        }

        WriteNote(xml, "confidence: " + bead.Confidence.ToString("0.000", CultureInfo.InvariantCulture));
        WriteNote(xml, "bead-type: " + bead.Type);
        if (bead.IsOmission || bead.IsAddition)
        {
            WriteNote(xml, bead.IsOmission ? "unmatched: omission: the source sentence has no counterpart" : "unmatched: addition: the target sentence has no counterpart");
        }

        foreach (var finding in findings)
        {
            WriteNote(xml, $"finding: {WireNames.Of(finding.Severity)}: {Clean(finding.Message)}", XliffWriter.Priority(finding.Severity));
        }

        xml.WriteEndElement();
    }

    private static void WriteNote(XmlWriter xml, string text, int? priority = null)
    {
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("from", "bitext");
        if (priority is { } p)
        {
            xml.WriteAttributeString("priority", p.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Clean(string text) => XmlCharacters.RemoveInvalid(text);
}
