using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Alignment.Cli.Review;

/// <summary>A reviewer's decision on one finding, with who made it, when, and the finding's revision it made.</summary>
internal sealed record FindingDecision(string Id, string Decision, string Note, string Who, string At, long Revision);

/// <summary>
/// The reviewed alignment of one pair of documents: the beads as sentence indexes, with the checked marks, and the
/// pair's revision (0 before any edit).
/// </summary>
internal sealed record StoredAlignment(long Revision, IReadOnlyList<StoredBead> Beads, string? Who, string? At);

/// <summary>One bead of a reviewed alignment: its sentences by index, its section, confidence and checked mark.</summary>
internal sealed record StoredBead(int Section, int[] Source, int[] Target, double Confidence, string? CheckedBy, string? CheckedAt);

/// <summary>What a write found: done with its new revision, or refused because the caller's revision is stale.</summary>
internal readonly record struct WriteOutcome(bool Done, long Revision);

/// <summary>
/// Every review decision, in one SQLite file (WAL mode: readers never wait for a writer, and a killed server loses no
/// committed write) shared by any number of pairs: each row is keyed by the SHA-256 of both documents' text, so a
/// restart, a second reviewer or a copy of the file sees the same state. Each write is one <c>BEGIN IMMEDIATE</c>
/// transaction that checks the revision the writer saw (optimistic concurrency: a stale write is refused, never
/// applied over another's). Every write is kept in a log with who and when. Thread-safe: one connection per call.
/// </summary>
internal sealed class ReviewStore
{
    private readonly string _connectionString;

    // The bundled SQLite, named outright rather than found by reflection, which the Native AOT tool's trimming could cut.
    static ReviewStore() => SQLitePCL.Batteries_V2.Init();

    public ReviewStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, null, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS alignment (
              source_sha256 TEXT NOT NULL, target_sha256 TEXT NOT NULL, revision INTEGER NOT NULL,
              beads TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
              PRIMARY KEY (source_sha256, target_sha256, revision));
            CREATE TABLE IF NOT EXISTS decision (
              source_sha256 TEXT NOT NULL, target_sha256 TEXT NOT NULL, finding_id TEXT NOT NULL,
              decision TEXT NOT NULL, note TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, revision INTEGER NOT NULL,
              PRIMARY KEY (source_sha256, target_sha256, finding_id));
            CREATE TABLE IF NOT EXISTS decision_log (
              source_sha256 TEXT NOT NULL, target_sha256 TEXT NOT NULL, finding_id TEXT NOT NULL,
              decision TEXT NOT NULL, note TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, revision INTEGER NOT NULL);
            """);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The latest reviewed alignment of the pair, or null when nobody edited it yet.</summary>
    public StoredAlignment? LoadAlignment(string sourceSha, string targetSha)
    {
        using var connection = Open();
        return Latest(connection, null, sourceSha, targetSha);
    }

    /// <summary>
    /// Stores what <paramref name="edit"/> makes of the latest alignment (null: none stored yet, edit the aligner's) as
    /// the pair's alignment if its revision is still <paramref name="expected"/>; one transaction.
    /// </summary>
    public WriteOutcome SaveAlignment(string sourceSha, string targetSha, long expected, Func<StoredAlignment?, IReadOnlyList<StoredBead>> edit, string who, string action)
    {
        using var connection = Open();
        using var transaction = Begin(connection);
        var latest = Latest(connection, transaction, sourceSha, targetSha);
        long revision = latest?.Revision ?? 0;
        if (revision != expected)
        {
            return new WriteOutcome(false, revision);
        }

        var beads = edit(latest);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO alignment VALUES ($s, $t, $r, $beads, $who, $at, $action)";
        command.Parameters.AddWithValue("$s", sourceSha);
        command.Parameters.AddWithValue("$t", targetSha);
        command.Parameters.AddWithValue("$r", revision + 1);
        command.Parameters.AddWithValue("$beads", Serialize(beads));
        command.Parameters.AddWithValue("$who", who);
        command.Parameters.AddWithValue("$at", Now());
        command.Parameters.AddWithValue("$action", action);
        command.ExecuteNonQuery();
        transaction.Commit();
        return new WriteOutcome(true, revision + 1);
    }

    /// <summary>The decisions on the pair's findings, by finding id.</summary>
    public Dictionary<string, FindingDecision> LoadDecisions(string sourceSha, string targetSha)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT finding_id, decision, note, who, at, revision FROM decision WHERE source_sha256 = $s AND target_sha256 = $t ORDER BY finding_id";
        command.Parameters.AddWithValue("$s", sourceSha);
        command.Parameters.AddWithValue("$t", targetSha);
        using var reader = command.ExecuteReader();
        var decisions = new Dictionary<string, FindingDecision>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var d = new FindingDecision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5));
            decisions[d.Id] = d;
        }

        return decisions;
    }

    /// <summary>Stores a decision on one finding if the finding's decision revision is still <paramref name="expected"/> (0: none yet).</summary>
    public WriteOutcome SaveDecision(string sourceSha, string targetSha, string findingId, long expected, string decision, string note, string who)
    {
        using var connection = Open();
        using var transaction = Begin(connection);
        long revision;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT revision FROM decision WHERE source_sha256 = $s AND target_sha256 = $t AND finding_id = $f";
            read.Parameters.AddWithValue("$s", sourceSha);
            read.Parameters.AddWithValue("$t", targetSha);
            read.Parameters.AddWithValue("$f", findingId);
            revision = read.ExecuteScalar() is long r ? r : 0;
        }

        if (revision != expected)
        {
            return new WriteOutcome(false, revision);
        }

        string at = Now();
        foreach (string sql in new[]
        {
            "INSERT OR REPLACE INTO decision VALUES ($s, $t, $f, $d, $n, $w, $a, $r)",
            "INSERT INTO decision_log VALUES ($s, $t, $f, $d, $n, $w, $a, $r)",
        })
        {
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = sql;
            write.Parameters.AddWithValue("$s", sourceSha);
            write.Parameters.AddWithValue("$t", targetSha);
            write.Parameters.AddWithValue("$f", findingId);
            write.Parameters.AddWithValue("$d", decision);
            write.Parameters.AddWithValue("$n", note);
            write.Parameters.AddWithValue("$w", who);
            write.Parameters.AddWithValue("$a", at);
            write.Parameters.AddWithValue("$r", revision + 1);
            write.ExecuteNonQuery();
        }

        transaction.Commit();
        return new WriteOutcome(true, revision + 1);
    }

    private static StoredAlignment? Latest(SqliteConnection connection, SqliteTransaction? transaction, string sourceSha, string targetSha)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT revision, beads, who, at FROM alignment WHERE source_sha256 = $s AND target_sha256 = $t ORDER BY revision DESC LIMIT 1";
        command.Parameters.AddWithValue("$s", sourceSha);
        command.Parameters.AddWithValue("$t", targetSha);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredAlignment(reader.GetInt64(0), Deserialize(reader.GetString(1)), reader.GetString(2), reader.GetString(3)) : null;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // FULL: a commit is on disk when the call returns (WAL's default, NORMAL, may lose the last commits on a power cut).
        Execute(connection, null, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    private static SqliteTransaction Begin(SqliteConnection connection) =>
        connection.BeginTransaction(deferred: false);

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // [{"k":section,"s":[..],"t":[..],"p":confidence,"cb":who,"ca":when}, ...]
    private static string Serialize(IReadOnlyList<StoredBead> beads)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var bead in beads)
            {
                json.WriteStartObject();
                json.WriteNumber("k", bead.Section);
                WriteInts(json, "s", bead.Source);
                WriteInts(json, "t", bead.Target);
                json.WriteNumber("p", bead.Confidence);
                if (bead.CheckedBy is not null)
                {
                    json.WriteString("cb", bead.CheckedBy);
                    json.WriteString("ca", bead.CheckedAt);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteInts(Utf8JsonWriter json, string name, int[] values)
    {
        json.WriteStartArray(name);
        foreach (int v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }

    private static List<StoredBead> Deserialize(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var beads = new List<StoredBead>();
        foreach (var b in doc.RootElement.EnumerateArray())
        {
            beads.Add(new StoredBead(
                b.GetProperty("k").GetInt32(),
                b.GetProperty("s").EnumerateArray().Select(e => e.GetInt32()).ToArray(),
                b.GetProperty("t").EnumerateArray().Select(e => e.GetInt32()).ToArray(),
                b.GetProperty("p").GetDouble(),
                b.TryGetProperty("cb", out var cb) ? cb.GetString() : null,
                b.TryGetProperty("ca", out var ca) ? ca.GetString() : null));
        }

        return beads;
    }
}
