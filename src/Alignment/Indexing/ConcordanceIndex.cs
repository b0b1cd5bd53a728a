using System.Security.Cryptography;
using System.Text;
using Alignment.Indexing;
using Alignment.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Alignment;

/// <summary>
/// A searchable concordance of aligned report pairs, kept in an on-disk Lucene.Net index: one document per
/// bead, each language's text in its own field (<c>text_es</c>, <c>text_en</c>) analysed by that language's
/// chain (folding accents, stemming), so <c>víctima</c> finds <c>víctimas</c> and the OCR'd <c>victimas</c>.
/// </summary>
/// <remarks>
/// <para>
/// Readers never block: a search sees the last committed state, even while another process (or instance)
/// is adding. Only one writer at a time may add, across processes (a lock file the operating system releases
/// if its holder dies); <see cref="Add"/> waits up to the write-lock timeout for another writer to finish and
/// then throws <see cref="ReportFormatException"/>.
/// </para>
/// <para>
/// A missing, foreign or corrupt index directory is expected input: it is reported as a
/// <see cref="ReportFormatException"/> with a one-line message. An instance is safe to use from several threads.
/// </para>
/// </remarks>
public sealed class ConcordanceIndex : IDisposable
{
    internal const string PairIdField = "pair_id";
    internal const string NameField = "name";
    internal const string SectionField = "section";
    internal const string BeadField = "bead";
    internal const string TypeField = "type";
    internal const string ConfidenceField = "confidence";
    internal const string SourceLanguageField = "source_lang";
    internal const string TargetLanguageField = "target_lang";
    internal const string SourcePathField = "source_path";
    internal const string TargetPathField = "target_path";
    internal const string SourceStartField = "source_start";
    internal const string SourceEndField = "source_end";
    internal const string TargetStartField = "target_start";
    internal const string TargetEndField = "target_end";

    /// <summary>
    /// How long an add waits for another process's add. One add of a large pair takes seconds on a busy 2-core
    /// machine (three concurrent adds under load waited more than 5 s), so a minute keeps queued adds from failing
    /// while still ending a wait on a writer that hangs.
    /// </summary>
    private static readonly TimeSpan DefaultWriteLockTimeout = TimeSpan.FromSeconds(60);

    private readonly object _gate = new();
    private readonly TimeSpan _writeLockTimeout;
    private readonly Analyzer _analyzer;
    private LuceneDirectory? _directory;
    private DirectoryReader? _reader;
    private bool _disposed;

    /// <summary>Opens (lazily: nothing is read or created until the first call) the index in <paramref name="path"/>.</summary>
    /// <param name="path">The index directory; <see cref="Add"/> creates it when missing.</param>
    /// <param name="writeLockTimeout">How long <see cref="Add"/> waits for another writer; <see langword="null"/> for 60 seconds.</param>
    public ConcordanceIndex(string path, TimeSpan? writeLockTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        _writeLockTimeout = writeLockTimeout ?? DefaultWriteLockTimeout;
        _analyzer = CreateAnalyzer();
    }

    /// <summary>The full path of the index directory.</summary>
    public string Path { get; }

    /// <summary>The language codes the index has a text field for (every language with a profile).</summary>
    public static IReadOnlyList<string> Languages => LanguageProfile.SupportedCodes;

    /// <summary>The field that holds the text of the language <paramref name="code"/>: <c>text_es</c>, <c>text_en</c>.</summary>
    internal static string TextField(string code) => "text_" + code.ToLowerInvariant();

    /// <summary>
    /// The stable id of a document pair: a hash of both files' full paths, the same on every run and machine
    /// for the same paths.
    /// </summary>
    public static string PairId(string sourcePath, string targetPath)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(targetPath);
        string key = System.IO.Path.GetFullPath(sourcePath) + "\n" + System.IO.Path.GetFullPath(targetPath);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)).ToLowerInvariant();
    }

    /// <summary>
    /// Stores every bead of an aligned pair, replacing whatever the index held for the same pair (same two
    /// paths) in one commit: a search sees either the old entries or the new ones, never both or neither.
    /// </summary>
    /// <param name="result">The alignment to store.</param>
    /// <param name="name">The pair's name; <see langword="null"/> for "source file name ↔ target file name".</param>
    /// <returns>The number of beads stored.</returns>
    /// <exception cref="ReportFormatException">The directory is not an index or is corrupt, or another writer holds the lock too long.</exception>
    public int Add(BitextResult result, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var source = result.Source.Document;
        var target = result.Target.Document;
        string pairId = PairId(source.Name, target.Name);
        name ??= $"{System.IO.Path.GetFileName(source.Name)} ↔ {System.IO.Path.GetFileName(target.Name)}";
        var documents = result.Beads.Select(b => ToDocument(b, pairId, name, source, target)).ToList();

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (HoldsForeignFiles() && !IndexExists())
            {
                throw new ReportFormatException(Messages.NotAnIndex(), Path);
            }

            System.IO.Directory.CreateDirectory(Path);
            using var gate = WriterGate.TryAcquire(Path, _writeLockTimeout)
                ?? throw new ReportFormatException(Messages.IndexLocked(_writeLockTimeout), Path);
            var config = new IndexWriterConfig(WordAnalyzer.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                WriteLockTimeout = (long)_writeLockTimeout.TotalMilliseconds,
            };
            try
            {
                using var writer = new IndexWriter(Directory(), config);
                writer.UpdateDocuments(new Term(PairIdField, pairId), documents);
                writer.Commit();
            }
            catch (LockObtainFailedException)
            {
                throw new ReportFormatException(Messages.IndexLocked(_writeLockTimeout), Path);
            }
            catch (Exception e) when (IsIndexFailure(e))
            {
                throw new ReportFormatException(Messages.IndexCorrupt(Reason(e)), Path);
            }
        }

        return documents.Count;
    }

    /// <summary>The number of beads in the index (as last committed).</summary>
    /// <exception cref="ReportFormatException">The index is missing or corrupt.</exception>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return Reader().NumDocs;
            }
        }
    }

    /// <summary>Finds the beads that match a query, best first, with the hits marked on both sides.</summary>
    /// <exception cref="ReportFormatException">The index is missing or corrupt, or the query cannot be parsed.</exception>
    public ConcordanceResults Search(ConcordanceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1);
        string[] fields = query.Language is null
            ? LanguageProfile.SupportedCodes.Select(TextField).ToArray()
            : [TextField(LanguageProfile.Get(query.Language).Code)];
        var parser = new MultiFieldQueryParser(WordAnalyzer.Version, fields, _analyzer)
        {
            DefaultOperator = Operator.AND,
            // Scoring rewrite keeps prefix and wildcard terms visible to the highlighter.
            MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
        };
        Query parsed;
        try
        {
            parsed = parser.Parse(FoldAccents(query.Text));
        }
        catch (ParseException e)
        {
            throw new ReportFormatException(Messages.QueryInvalid(FirstLine(e.Message)));
        }

        if (parsed is BooleanQuery { Clauses.Count: 0 })
        {
            throw new ReportFormatException(Messages.QueryEmpty());
        }

        Filter? filter = query.Section is { } kind
            ? new QueryWrapperFilter(new TermQuery(new Term(SectionField, SectionName(kind))))
            : null;

        lock (_gate)
        {
            var reader = Reader();
            var searcher = new IndexSearcher(reader);
            try
            {
                // Lucene sizes its queue by n, so a huge --top must not allocate past the document count.
                var top = searcher.Search(parsed, filter, Math.Min(query.Top, Math.Max(1, reader.MaxDoc)));
                var highlighter = new TermHighlighter(_analyzer, searcher.Rewrite(parsed));
                var hits = top.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), d.Score, highlighter)).ToList();
                return new ConcordanceResults(hits, top.TotalHits);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                throw new ReportFormatException(Messages.QueryInvalid("a wildcard matches too many words"));
            }
            catch (Exception e) when (IsIndexFailure(e))
            {
                throw new ReportFormatException(Messages.IndexCorrupt(Reason(e)), Path);
            }
        }
    }

    /// <summary>Closes the index files. Searches and additions after this throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _reader?.Dispose();
            _directory?.Dispose();
            _analyzer.Dispose();
        }
    }

    /// <summary>
    /// Drops accents from the query text. The parser does not analyse prefix and wildcard terms, so without this
    /// "víct*" would look for an accented prefix in fields whose terms were folded to ASCII; whole words are folded
    /// by the analyzer anyway.
    /// </summary>
    private static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    internal static string SectionName(SectionKind kind) => kind.ToString().ToLowerInvariant();

    private static Analyzer CreateAnalyzer()
    {
        var perField = LanguageProfile.SupportedCodes.ToDictionary(TextField, code => (Analyzer)WordAnalyzer.For(LanguageProfile.Get(code)));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private LuceneDirectory Directory() => _directory ??= FSDirectory.Open(Path);

    /// <summary>
    /// Whether the directory holds anything Lucene would not have written. Lucene's own files (the write lock,
    /// segment files) without a commit mean another writer is creating the index right now.
    /// </summary>
    private bool HoldsForeignFiles() =>
        System.IO.Directory.Exists(Path)
        && System.IO.Directory.EnumerateFileSystemEntries(Path).Select(System.IO.Path.GetFileName).Any(name =>
            name != IndexWriter.WRITE_LOCK_NAME && name != WriterGate.FileName && name != "segments.gen"
            && !name!.StartsWith('_') && !name.StartsWith("segments_", StringComparison.Ordinal));

    private bool IndexExists()
    {
        try
        {
            return DirectoryReader.IndexExists(Directory());
        }
        catch (Exception e) when (IsIndexFailure(e))
        {
            return false;
        }
    }

    /// <summary>The current reader, reopened when another writer has committed since it was opened. Call under <see cref="_gate"/>.</summary>
    private DirectoryReader Reader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            if (_reader is not null)
            {
                var newer = DirectoryReader.OpenIfChanged(_reader);
                if (newer is not null)
                {
                    _reader.Dispose();
                    _reader = newer;
                }

                return _reader;
            }

            if (!System.IO.Directory.Exists(Path))
            {
                throw new ReportFormatException(Messages.IndexMissing(), Path);
            }

            if (!DirectoryReader.IndexExists(Directory()))
            {
                throw new ReportFormatException(HoldsForeignFiles() ? Messages.NotAnIndex() : Messages.IndexMissing(), Path);
            }

            return _reader = DirectoryReader.Open(Directory());
        }
        catch (Exception e) when (IsIndexFailure(e))
        {
            throw new ReportFormatException(Messages.IndexCorrupt(Reason(e)), Path);
        }
    }

    /// <summary>
    /// Whether an exception comes from reading index files that are not what Lucene wrote: damaged bytes
    /// surface as format errors, but also as range and cast errors deep in the codecs.
    /// </summary>
    private static bool IsIndexFailure(Exception e) => e is not (ReportFormatException or ObjectDisposedException
        or ArgumentNullException or NullReferenceException or OutOfMemoryException or LockObtainFailedException
        or BooleanQuery.TooManyClausesException);

    private static string Reason(Exception e) => $"{e.GetType().Name}: {FirstLine(e.Message)}";

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static Document ToDocument(Bead bead, string pairId, string name, ReportDocument source, ReportDocument target)
    {
        var document = new Document
        {
            new StringField(PairIdField, pairId, Field.Store.YES),
            new StringField(NameField, name, Field.Store.YES),
            new StringField(SectionField, SectionName(bead.Section), Field.Store.YES),
            new Int32Field(BeadField, bead.Index, Field.Store.YES),
            new StringField(TypeField, bead.Type, Field.Store.YES),
            new StoredField(ConfidenceField, bead.Confidence),
            new StringField(SourceLanguageField, source.Language, Field.Store.YES),
            new StringField(TargetLanguageField, target.Language, Field.Store.YES),
            new StoredField(SourcePathField, System.IO.Path.GetFullPath(source.Name)),
            new StoredField(TargetPathField, System.IO.Path.GetFullPath(target.Name)),
            new StoredField(SourceStartField, bead.Source.Count == 0 ? -1 : bead.Source[0].Start),
            new StoredField(SourceEndField, bead.Source.Count == 0 ? -1 : bead.Source[^1].End),
            new StoredField(TargetStartField, bead.Target.Count == 0 ? -1 : bead.Target[0].Start),
            new StoredField(TargetEndField, bead.Target.Count == 0 ? -1 : bead.Target[^1].End),
            // Source first, then target: when both sides share a language (a bad pair), the field holds two values in that order.
            new TextField(TextField(source.Language), Join(bead.Source), Field.Store.YES),
            new TextField(TextField(target.Language), Join(bead.Target), Field.Store.YES),
        };
        return document;
    }

    private static string Join(IReadOnlyList<SentenceSpan> sentences) => string.Join(" ", sentences.Select(s => s.NormalizedText));

    private static ConcordanceHit ToHit(Document document, float score, TermHighlighter highlighter)
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
            Enum.Parse<SectionKind>(document.Get(SectionField), ignoreCase: true),
            document.GetField(BeadField).GetInt32Value() ?? -1,
            document.Get(TypeField),
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
}
