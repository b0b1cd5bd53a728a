using Alignment.Languages;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Alignment.Pairing;

/// <summary>
/// The archive's fingerprints in an on-disk Lucene.Net index (a temporary folder, deleted on dispose): one Lucene
/// document per report, its rarest numbers and names as terms. A report's candidates are the reports that best match a
/// query of its own rarest features, so pairing looks at a few candidates a document instead of every pair. Memory stays
/// the index's small caches; the postings live on disk. Searching is thread-safe.
/// </summary>
internal sealed class CandidateIndex : IDisposable
{
    private const string IdField = "id", FeatureField = "f", LanguageField = "lang";

    private readonly string _folder;
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly NumericDocValues _ids;

    // A NumericDocValues reads through one IndexInput with a file position of its own: not safe from two threads at once
    // (two parallel lookups returned positions outside the archive).
    private readonly object _idsGate = new();

    private CandidateIndex(string folder, LuceneDirectory directory)
    {
        _folder = folder;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _ids = MultiDocValues.GetNumericValues(_reader, IdField);
    }

    /// <summary>Indexes every fingerprint under its position in <paramref name="documents"/>, each by its <paramref name="featuresOf"/>.</summary>
    public static CandidateIndex Build(IReadOnlyList<DocumentFingerprint> documents, Func<DocumentFingerprint, IEnumerable<string>> featuresOf, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(Path.GetTempPath(), "bitext-pair-" + Guid.NewGuid().ToString("N"));
        var directory = FSDirectory.Open(folder);
        try
        {
            var config = new IndexWriterConfig(WordAnalyzer.Version, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 32 };
            using (var writer = new IndexWriter(directory, config))
            {
                for (int i = 0; i < documents.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = new Document { new NumericDocValuesField(IdField, i), new StringField(LanguageField, documents[i].Language.Code, Field.Store.NO) };
                    foreach (string feature in featuresOf(documents[i]))
                    {
                        document.Add(new StringField(FeatureField, feature, Field.Store.NO));
                    }

                    writer.AddDocument(document);
                }

                writer.Commit();
            }

            return new CandidateIndex(folder, directory);
        }
        catch
        {
            directory.Dispose();
            DeleteFolder(folder);
            throw;
        }
    }

    /// <summary>
    /// The positions of the documents in <paramref name="language"/> that best match <paramref name="features"/>, best
    /// first, at most <paramref name="count"/>, without <paramref name="self"/>.
    /// </summary>
    public IReadOnlyList<int> Candidates(IReadOnlyCollection<string> features, Language language, int self, int count)
    {
        if (features.Count == 0)
        {
            return [];
        }

        var any = new BooleanQuery();
        foreach (string feature in features)
        {
            any.Add(new TermQuery(new Term(FeatureField, feature)), Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { any, Occur.MUST },
            { new TermQuery(new Term(LanguageField, language.Code)), Occur.MUST },
        };

        var hits = _searcher.Search(query, count + 1).ScoreDocs;
        var found = new List<int>(hits.Length);
        foreach (var hit in hits)
        {
            int id;
            lock (_idsGate)
            {
                id = (int)_ids.Get(hit.Doc);
            }

            if (id != self && found.Count < count)
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        DeleteFolder(_folder);
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing the pairing for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
