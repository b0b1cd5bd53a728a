using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alignment.Tests.Architecture;

/// <summary>
/// Dense cores split by job (issue 26, point 4): the number-word reader of <c>NumberReader</c> reads as its steps, each
/// method short enough to be read alone, and each of its files opens with the comment that says what it holds.
/// </summary>
public sealed class DenseCoreTests
{
    // A method of the number-word reader longer than this does more than one job (Words was 154 lines before the split).
    private const int MaxMethodLines = 60;

    private static readonly string NumbersFolder = Path.Combine(TestFiles.RepositoryRoot, "src", "Alignment", "Numbers");

    [Fact]
    public void Every_method_of_the_number_word_reader_is_short()
    {
        var files = Directory.GetFiles(NumbersFolder, "NumberReader.NumberWords*.cs");
        files.Should().NotBeEmpty();
        var methods = files.SelectMany(Methods).ToList();
        methods.Should().Contain(m => m.Name == "Words", "the reader of number words is there");
        methods.Where(m => m.Lines > MaxMethodLines).Select(m => $"{m.Name}: {m.Lines} lines").Should().BeEmpty();
    }

    [Fact]
    public void Every_file_of_the_number_reader_opens_with_what_it_holds()
    {
        foreach (string file in Directory.GetFiles(NumbersFolder, "NumberReader*.cs"))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var described = root.DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Any(t => t.GetLeadingTrivia().Any(x => x.IsKind(SyntaxKind.SingleLineCommentTrivia) || x.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)));
            described.Should().BeTrue($"{Path.GetFileName(file)} says what it holds in a comment on its type");
        }
    }

    private static IEnumerable<(string Name, int Lines)> Methods(string file)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
        {
            var span = tree.GetLineSpan(method.Span);
            string name = method is MethodDeclarationSyntax m ? m.Identifier.Text : method.Kind().ToString();
            yield return (name, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }
    }
}
