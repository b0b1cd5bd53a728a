using System.Security.Cryptography;
using System.Text;
using Alignment.Indexing;
using Alignment.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
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
        _analyzer = ConcordanceSchema.CreateAnalyzer();
    }

    /// <summary>The full path of the index directory.</summary>
    public string Path { get; }

    /// <summary>The language codes the index has a text field for (every language with a profile).</summary>
    public static IReadOnlyList<string> Languages => LanguageProfile.SupportedCodes;

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
        var documents = result.Beads.Select(b => ConcordanceSchema.ToDocument(b, pairId, name, source, target)).ToList();

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
                writer.UpdateDocuments(new Term(ConcordanceSchema.PairIdField, pairId), documents);
                writer.Commit();
            }
            catch (LockObtainFailedException)
            {
                throw new ReportFormatException(Messages.IndexLocked(_writeLockTimeout), Path);
            }
            catch (Exception e) when (IndexFailure.Is(e))
            {
                throw new ReportFormatException(Messages.IndexCorrupt(IndexFailure.Reason(e)), Path);
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
        var parsed = ConcordanceQueryParser.Parse(query, _analyzer);
        var filter = ConcordanceQueryParser.SectionFilter(query);

        lock (_gate)
        {
            var reader = Reader();
            var searcher = new IndexSearcher(reader);
            try
            {
                // Lucene sizes its queue by n, so a huge --top must not allocate past the document count.
                var top = searcher.Search(parsed, filter, Math.Min(query.Top, Math.Max(1, reader.MaxDoc)));
                var highlighter = new TermHighlighter(_analyzer, searcher.Rewrite(parsed));
                var hits = top.ScoreDocs.Select(d => ConcordanceSchema.ToHit(searcher.Doc(d.Doc), d.Score, highlighter)).ToList();
                return new ConcordanceResults(hits, top.TotalHits);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                throw new ReportFormatException(Messages.QueryInvalid("a wildcard matches too many words"));
            }
            catch (Exception e) when (IndexFailure.Is(e))
            {
                throw new ReportFormatException(Messages.IndexCorrupt(IndexFailure.Reason(e)), Path);
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
        catch (Exception e) when (IndexFailure.Is(e))
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
        catch (Exception e) when (IndexFailure.Is(e))
        {
            throw new ReportFormatException(Messages.IndexCorrupt(IndexFailure.Reason(e)), Path);
        }
    }
}
