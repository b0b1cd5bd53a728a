namespace Alignment.Export;

/// <summary>
/// How output files name the documents they came from (JSON, the TMX header, the HTML review page). These files are
/// sent to clients, so by default they carry the file name only, never a local folder such as <c>/home/NAME/clients/…</c>.
/// </summary>
public enum DocumentPathStyle
{
    /// <summary>The file name only (<c>peru-2021.es.txt</c>): the default.</summary>
    FileName,

    /// <summary>The full, absolute path (<c>/home/ana/clients/peru-2021.es.txt</c>), on request (<c>bitext --full-paths</c>).</summary>
    FullPath,
}

/// <summary>Applies a <see cref="DocumentPathStyle"/> to a document's name as it was loaded.</summary>
internal static class DocumentPaths
{
    /// <summary>What an output writes for <paramref name="document"/>.</summary>
    public static string Of(ReportDocument document, DocumentPathStyle style) => Of(document.Name, style);

    /// <summary>What an output writes for the file at <paramref name="path"/>.</summary>
    public static string Of(string path, DocumentPathStyle style) =>
        style == DocumentPathStyle.FullPath
            ? (File.Exists(path) ? Path.GetFullPath(path) : path) // in-memory text keeps the name it was given
            : Path.GetFileName(path);
}
