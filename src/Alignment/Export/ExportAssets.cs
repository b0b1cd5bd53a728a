namespace Alignment.Export;

/// <summary>The static files the writers embed in their pages (<c>Export/Assets/*</c>, embedded resources of the assembly).</summary>
internal static class ExportAssets
{
    /// <summary>The text of the asset <paramref name="name"/> (<c>review.css</c>), line ends as <c>\n</c> whatever the checkout did to them.</summary>
    /// <exception cref="InvalidOperationException">The assembly lacks the asset: a build defect.</exception>
    public static string Read(string name)
    {
        using var stream = typeof(ExportAssets).Assembly.GetManifestResourceStream("Alignment.Export.Assets." + name)
            ?? throw new InvalidOperationException($"The assembly has no embedded asset {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
