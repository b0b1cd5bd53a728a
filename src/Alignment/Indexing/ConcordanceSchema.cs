using Alignment.Export;
using Alignment.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;

namespace Alignment.Indexing;

/// <summary>
/// The index schema: one Lucene document per bead, its stored fields, each language's text in its own
/// analysed field (<c>text_es</c>, <c>text_en</c>), and the mapping from beads to documents and back.
/// </summary>
internal static class ConcordanceSchema
{
    public const string PairIdField = "pair_id";
    public const string NameField = "name";
    public const string SectionField = "section";
    public const string BeadField = "bead";
    public const string TypeField = "type";
    public const string ConfidenceField = "confidence";
    public const string SourceLanguageField = "source_lang";
    public const string TargetLanguageField = "target_lang";
    public const string SourcePathField = "source_path";
    public const string TargetPathField = "target_path";
    public const string SourceStartField = "source_start";
    public const string SourceEndField = "source_end";
    public const string TargetStartField = "target_start";
    public const string TargetEndField = "target_end";


    public static string SectionName(SectionKind kind) => WireNames.Of(kind);


    // One analyser per language text field; every other field is a keyword.
    public static Analyzer CreateAnalyzer()
    {
        var perField = LanguageProfile.SupportedCodes.ToDictionary(TextField, code => (Analyzer)WordAnalyzer.For(LanguageProfile.Get(code)));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }


    // One bead as a Lucene document.
    public static Document ToDocument(Bead bead, string pairId, string name, ReportDocument source, ReportDocument target)
    {
        var document = new Document
        {
            new StringField(PairIdField, pairId, Field.Store.YES),
            new StringField(NameField, name, Field.Store.YES),
            new StringField(SectionField, SectionName(bead.Section), Field.Store.YES),
            new Int32Field(BeadField, bead.Index, Field.Store.YES),
            new StringField(TypeField, bead.Type.ToString(), Field.Store.YES),
            new StoredField(ConfidenceField, bead.Confidence),
            new StringField(SourceLanguageField, source.Language.Code, Field.Store.YES),
            new StringField(TargetLanguageField, target.Language.Code, Field.Store.YES),
            new StoredField(SourcePathField, System.IO.Path.GetFullPath(source.Name)),
            new StoredField(TargetPathField, System.IO.Path.GetFullPath(target.Name)),
            new StoredField(SourceStartField, bead.Source.Count == 0 ? -1 : bead.Source[0].Start),
            new StoredField(SourceEndField, bead.Source.Count == 0 ? -1 : bead.Source[^1].End),
            new StoredField(TargetStartField, bead.Target.Count == 0 ? -1 : bead.Target[0].Start),
            new StoredField(TargetEndField, bead.Target.Count == 0 ? -1 : bead.Target[^1].End),
            // Source first, then target: when both sides share a language (a bad pair), the field holds two values in that order.
            new TextField(TextField(source.Language.Code), Join(bead.Source), Field.Store.YES),
            new TextField(TextField(target.Language.Code), Join(bead.Target), Field.Store.YES),
        };
        return document;
    }

    private static string Join(IReadOnlyList<SentenceSpan> sentences) => string.Join(" ", sentences.Select(s => s.NormalizedText));

    // A stored document back as a hit, its terms marked.
    public static ConcordanceHit ToHit(Document document, float score, TermHighlighter highlighter)
    {
        string sourceLanguage = document.Get(SourceLanguageField);
        string targetLanguage = document.Get(TargetLanguageField);
        string[] sourceValues = document.GetValues(TextField(sourceLanguage));
        string[] targetValues = document.GetValues(TextField(targetLanguage));
        var source = Side(document, sourceLanguage, sourceValues[0], SourceStartField, SourceEndField, highlighter);
        var target = Side(document, targetLanguage, targetValues[^1], TargetStartField, TargetEndField, highlighter);
        return new ConcordanceHit(
            document.Get(NameField),
            document.Get(PairIdField),
            WireNames.ParseSectionKind(document.Get(SectionField)) ?? throw new InvalidDataException($"the index holds an unknown section \"{document.Get(SectionField)}\""),
            document.GetField(BeadField).GetInt32Value() ?? -1,
            BeadType.Parse(document.Get(TypeField)),
            document.GetField(ConfidenceField).GetDoubleValue() ?? 0,
            score,
            source,
            target);
    }

    private static ConcordanceSide Side(Document document, string language, string text, string startField, string endField, TermHighlighter highlighter) =>
        new(language, text,
            document.GetField(startField).GetInt32Value() ?? -1,
            document.GetField(endField).GetInt32Value() ?? -1,
            highlighter.Highlight(TextField(language), text));

    /// <summary>The field that holds the text of the language <paramref name="code"/>: <c>text_es</c>, <c>text_en</c>.</summary>
    public static string TextField(string code) => "text_" + code.ToLowerInvariant();
}
