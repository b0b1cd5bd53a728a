using System.Globalization;
using System.Text;
using System.Xml;

namespace Alignment.Export;

/// <summary>
/// Writes an alignment as an XLIFF 2.1 document (core only, UTF-8), the interchange format CAT tools import
/// for review: one <c>file</c> (the source document), one <c>group</c> per run of beads in the same section
/// (<c>name</c> = the section kind), one <c>unit</c> per bead (<c>id</c> <c>u</c> + bead index) with one
/// <c>segment</c> holding the beads' source and target text, and <c>notes</c> for the confidence, the bead type, an
/// unmatched side and each numeric finding (<c>priority</c> 1 for errors, 3 for warnings, 8 for notes). A bead
/// with no source sentence (0-1) has an empty <c>source</c>; one with no target sentence (1-0) has no
/// <c>target</c>. Characters XML 1.0 forbids are dropped. Stateless and thread-safe.
/// </summary>
public static class XliffWriter
{
    /// <summary>The XLIFF 2 core namespace (XLIFF 2.1 keeps the 2.0 one).</summary>
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/> (left open).</summary>
    /// <param name="result">The alignment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="paths">How documents are named in <c>original</c> and the file notes.</param>
    public static void Write(BitextResult result, Stream stream, DocumentPathStyle paths = DocumentPathStyle.FileName)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var findings = result.Findings.ToLookup(f => f.BeadIndex);
        using var xml = XmlWriter.Create(stream, XmlCharacters.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("xliff", Namespace);
        xml.WriteAttributeString("version", "2.1");
        xml.WriteAttributeString("srcLang", result.Source.Document.Language.Code);
        xml.WriteAttributeString("trgLang", result.Target.Document.Language.Code);
        xml.WriteStartElement("file", Namespace);
        xml.WriteAttributeString("id", "f1");
        xml.WriteAttributeString("original", Clean(DocumentPaths.Of(result.Source.Document, paths)));
        xml.WriteStartElement("notes", Namespace);
        WriteNote(xml, "source-document", Clean(DocumentPaths.Of(result.Source.Document, paths)));
        WriteNote(xml, "target-document", Clean(DocumentPaths.Of(result.Target.Document, paths)));
        WriteNote(xml, "creation-tool", "bitext " + Clean(TmxWriter.ToolVersion));
        xml.WriteEndElement();

        if (result.Beads.Count == 0)
        {
            // A file holds at least one unit or group: an empty group says there is nothing aligned.
            xml.WriteStartElement("group", Namespace);
            xml.WriteAttributeString("id", "g0");
            xml.WriteEndElement();
        }

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
                xml.WriteAttributeString("name", WireNames.Of(bead.Section));
                groups++;
                open = bead.Section;
            }

            WriteUnit(xml, bead, findings[bead.Index]);
        }

        if (open is not null)
        {
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteUnit(XmlWriter xml, Bead bead, IEnumerable<Finding> findings)
    {
        xml.WriteStartElement("unit", Namespace);
        xml.WriteAttributeString("id", "u" + bead.Index.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("notes", Namespace);
        WriteNote(xml, "confidence", bead.Confidence.ToString("0.000", CultureInfo.InvariantCulture));
        WriteNote(xml, "bead-type", bead.Type.ToString());
        if (bead.IsOmission || bead.IsAddition)
        {
            WriteNote(xml, "unmatched", bead.IsOmission ? "omission: the source sentence has no counterpart" : "addition: the target sentence has no counterpart");
        }

        foreach (var finding in findings)
        {
            WriteNote(xml, "finding", $"{WireNames.Of(finding.Severity)}: {Clean(finding.Message)}", Priority(finding.Severity));
        }

        xml.WriteEndElement();
        xml.WriteStartElement("segment", Namespace);
        xml.WriteAttributeString("id", "s" + bead.Index.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("source", Namespace, TmxWriter.SegmentText(bead.Source));
        if (bead.Target.Count > 0)
        {
            xml.WriteElementString("target", Namespace, TmxWriter.SegmentText(bead.Target));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The note priority of a finding in both XLIFF versions (1 most important, 10 least): 1 for errors, 3 for warnings, 8 for notes.</summary>
    internal static int Priority(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => 1,
        FindingSeverity.Warning => 3,
        _ => 8,
    };

    private static void WriteNote(XmlWriter xml, string category, string text, int? priority = null)
    {
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("category", category);
        if (priority is { } p)
        {
            xml.WriteAttributeString("priority", p.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Clean(string text) => XmlCharacters.RemoveInvalid(text);
}
