namespace Alignment.Diffing;

/// <summary>
/// Writes a <see cref="VersionDiff"/> as one self-contained HTML page (inline style, no script, nothing
/// fetched): unchanged runs folded into <c>details</c> elements, changed sentences with <c>del</c>/<c>ins</c>
/// word marks and their numbers, removed and added sentences. Every piece of document text is HTML-escaped.
/// </summary>
public static class DiffHtmlWriter
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.3em} .meta{color:#555} .summary{font-weight:600}
        .entry{margin:.4em 0;padding:.3em .6em;border-left:4px solid #ccc}
        .changed{border-color:#d9a400;background:#fffbea} .removed{border-color:#c62828;background:#fdecea}
        .added{border-color:#2e7d32;background:#edf7ed} details{color:#666;margin:.4em 0}
        del{background:#f8c9c5;text-decoration:line-through} ins{background:#c8e6c9;text-decoration:none;margin-left:.15em}
        .numbers{font-size:.9em;color:#6d4c00} .numbers b{background:#ffe082;padding:0 .2em}
        .where{font-size:.8em;color:#777;margin-right:.5em} .unchanged li{color:#666}
        """;

    /// <summary>Writes <paramref name="diff"/> to <paramref name="output"/>, the versions named by file name.</summary>
    public static void Write(VersionDiff diff, TextWriter output) => Write(diff, output, Export.DocumentPathStyle.FileName);

    /// <summary>Writes <paramref name="diff"/> to <paramref name="output"/>.</summary>
    public static void Write(VersionDiff diff, TextWriter output, Export.DocumentPathStyle paths)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html><head><meta charset=\"utf-8\"><title>Version diff</title>");
        output.WriteLine($"<style>{Style}</style></head><body>");
        output.WriteLine($"<h1>{E(Export.DocumentPaths.Of(diff.Old.Document, paths))} → {E(Export.DocumentPaths.Of(diff.New.Document, paths))}</h1>");
        output.WriteLine($"<p class=\"summary\">{E(DiffTextWriter.Summary(diff))}</p>");
        foreach (var d in diff.Diagnostics)
        {
            output.WriteLine($"<p class=\"meta\">{E(d.Message)}</p>");
        }

        foreach (var entry in diff.Entries)
        {
            WriteEntry(entry, output);
        }

        output.WriteLine("</body></html>");
    }

    private static void WriteEntry(DiffEntry entry, TextWriter output)
    {
        switch (entry.Kind)
        {
            case DiffEntryKind.Unchanged:
                output.Write($"<details class=\"unchanged\"><summary>… {Plural.Of(entry.Old.Count, "unchanged sentence")} …</summary><ol start=\"{entry.New[0].Index + 1}\">");
                foreach (var s in entry.New)
                {
                    output.Write($"<li>{E(s.NormalizedText)}</li>");
                }

                output.WriteLine("</ol></details>");
                break;
            case DiffEntryKind.Removed:
                output.WriteLine($"<div class=\"entry removed\"><span class=\"where\">removed, old #{entry.Old[0].Index}</span><del>{E(entry.Old[0].NormalizedText)}</del></div>");
                break;
            case DiffEntryKind.Added:
                output.WriteLine($"<div class=\"entry added\"><span class=\"where\">added, new #{entry.New[0].Index}</span><ins>{E(entry.New[0].NormalizedText)}</ins></div>");
                break;
            default:
                output.Write($"<div class=\"entry changed\"><span class=\"where\">changed, old #{entry.Old[0].Index} → new #{entry.New[0].Index}</span>");
                foreach (var w in entry.Words)
                {
                    output.Write(w.Kind switch
                    {
                        WordChangeKind.Deleted => $"<del>{E(w.Text)}</del>",
                        WordChangeKind.Inserted => $"<ins>{E(w.Text)}</ins>",
                        _ => E(w.Text),
                    });
                }

                if (entry.ChangesNumbers)
                {
                    output.Write($"<div class=\"numbers\">numbers: {Numbers(entry.RemovedNumbers)} → {Numbers(entry.AddedNumbers)}</div>");
                }

                output.WriteLine("</div>");
                break;
        }
    }


    private static string Numbers(IReadOnlyList<string> numbers) =>
        numbers.Count == 0 ? "(none)" : string.Join(", ", numbers.Select(n => $"<b>{E(n)}</b>"));

    private static string E(string text) => Export.HtmlText.Escape(text);
}
