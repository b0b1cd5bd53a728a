using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alignment.Tests.Architecture;

/// <summary>
/// The stages of the pipeline in the order a report pair moves through them: a stage may use its own
/// types and those of the stages before it, never those after it.
/// </summary>
internal enum Stage
{
    /// <summary>What every stage shares: language data, diagnostics, the typed error, messages.</summary>
    Foundation,
    Loading,
    Sections,
    Sentences,
    Numbers,
    Aligning,
    Comparing,

    /// <summary>The facade that runs the stages above for a pair (<c>BitextAligner</c>) and its result checks.</summary>
    Facade,
    Export,
    Indexing,
    Diffing,

    /// <summary>Finding which document of an archive translates which (<c>DocumentPairer</c>), before a batch aligns them.</summary>
    Pairing,
    Batch,
}

/// <summary>One reference from a type of a stage to a type of a later stage.</summary>
internal sealed record LayerViolation(string File, int Line, string FromType, Stage From, string ToType, Stage To)
{
    public override string ToString() => $"{File}:{Line}: {FromType} ({From}) uses {ToType} ({To})";
}

/// <summary>
/// Compiles C# sources with Roslyn, gives every type declared in them the stage of the folder its file sits
/// in, and reports each name in a stage's code that binds to a type (or a member of a type) of a later stage.
/// </summary>
internal static class StageLayering
{
    /// <summary>The files at the root of <c>src/Alignment</c>, which have no stage folder; a new root file must be placed here or in a folder.</summary>
    public static readonly IReadOnlyDictionary<string, Stage> RootFiles = new Dictionary<string, Stage>
    {
        ["Diagnostic.cs"] = Stage.Foundation,
        ["DiagnosticCodes.cs"] = Stage.Foundation,
        ["ReportFormatException.cs"] = Stage.Foundation,
        ["Plural.cs"] = Stage.Foundation,
        ["ReadOnlyLists.cs"] = Stage.Foundation,
        ["LongSort.cs"] = Stage.Foundation,
        ["SpanWordSet.cs"] = Stage.Foundation,
        ["Messages.cs"] = Stage.Foundation,
        ["InputLimits.cs"] = Stage.Foundation,
        ["TerminalText.cs"] = Stage.Foundation,
        ["BitextAligner.cs"] = Stage.Facade,
        ["BitextResult.cs"] = Stage.Facade,
        ["LinesAligner.cs"] = Stage.Facade,
        ["SegmentAligner.cs"] = Stage.Facade,
        ["SameDocumentCheck.cs"] = Stage.Facade,
        ["FindingsStage.cs"] = Stage.Facade,
        ["AlignmentPipeline.cs"] = Stage.Facade,
    };

    /// <summary>The folders of <c>src/Alignment</c> that are no stage of their own.</summary>
    public static readonly IReadOnlyDictionary<string, Stage> OtherFolders = new Dictionary<string, Stage>
    {
        ["Languages"] = Stage.Foundation,
    };

    /// <summary>The global usings the SDK adds to a project with implicit usings.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The stage of a file, from its path relative to the source root (<c>Aligning/Bead.cs</c>), or null when unknown.</summary>
    public static Stage? StageOf(string relativePath)
    {
        string[] parts = relativePath.Replace('\\', '/').Split('/');
        if (parts.Length == 1)
        {
            return RootFiles.TryGetValue(parts[0], out var root) ? root : null;
        }

        if (OtherFolders.TryGetValue(parts[0], out var other))
        {
            return other;
        }

        return Enum.TryParse<Stage>(parts[0], ignoreCase: false, out var stage) ? stage : null;
    }

    /// <summary>
    /// Compiles <paramref name="sources"/> (relative path, text) against <paramref name="references"/> and returns
    /// the compilation's errors and every reference from a stage to a later one.
    /// </summary>
    public static (IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Errors, IReadOnlyList<LayerViolation> Violations, IReadOnlyList<string> Unplaced) Check(
        IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference> references)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "GlobalUsings.g.cs"));
        var compilation = CSharpCompilation.Create(
            "LayeringCheck",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();

        var unplaced = new List<string>();
        var violations = new List<LayerViolation>();
        foreach (var tree in trees.Where(t => t.FilePath != "GlobalUsings.g.cs"))
        {
            if (StageOf(tree.FilePath) is not { } from)
            {
                unplaced.Add(tree.FilePath);
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            var seen = new HashSet<(string, string)>();
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (TopLevelType(symbol) is not { } used || used.DeclaringSyntaxReferences.IsEmpty)
                {
                    continue;
                }

                string usedPath = used.DeclaringSyntaxReferences[0].SyntaxTree.FilePath;
                if (StageOf(usedPath) is not { } to || to <= from)
                {
                    continue;
                }

                string fromType = EnclosingType(model, name);
                if (seen.Add((fromType, used.Name)))
                {
                    int line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    violations.Add(new LayerViolation(tree.FilePath, line, fromType, from, used.Name, to));
                }
            }
        }

        return (errors, violations, unplaced);
    }

    /// <summary>The references of the running test: the framework's assemblies and every package beside the tests, without the assemblies built from the sources.</summary>
    public static IReadOnlyList<MetadataReference> RuntimeReferences()
    {
        string[] own = ["Alignment.dll", "bitext.dll", "Alignment.Tests.dll", "Alignment.Evaluation.dll"];
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return framework.Concat(beside)
            .Where(p => !own.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToList();
    }

    private static INamedTypeSymbol? TopLevelType(ISymbol? symbol)
    {
        var type = symbol switch
        {
            null => null,
            INamedTypeSymbol named => named,
            IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType,
            _ => symbol.ContainingType,
        };
        while (type?.ContainingType is not null)
        {
            type = type.ContainingType;
        }

        return type?.OriginalDefinition;
    }

    private static string EnclosingType(SemanticModel model, SyntaxNode node)
    {
        var declaration = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().LastOrDefault() as SyntaxNode
            ?? node.AncestorsAndSelf().OfType<DelegateDeclarationSyntax>().LastOrDefault();
        return declaration is null ? "(file)" : model.GetDeclaredSymbol(declaration)?.Name ?? "(file)";
    }
}
