using Xunit.Abstractions;

namespace Alignment.Tests.Numbers;

/// <summary>
/// The reader on the selected classes of Microsoft Recognizers-Text's number, percent, ordinal and currency
/// specs in English and Spanish: recall (expected numbers found with the right value) and no number read
/// with a wrong value. Run with <c>--logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
public class RecognizersTextTests
{
    private readonly ITestOutputHelper _output;

    public RecognizersTextTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Specs()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in RecognizersTextSpecs.Languages)
        {
            foreach (var model in RecognizersTextSpecs.Models)
            {
                data.Add(language, model);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Finds_at_least_95_percent_of_the_selected_numbers_and_reads_none_with_a_wrong_value(string language, string model)
    {
        var score = RecognizersTextSpecs.Evaluate(language, model);
        _output.WriteLine($"{language} {model}: selected {score.Selected}, found {score.Found} (recall {score.Recall:P1}), read {score.Read}, correct {score.Correct} (precision {score.Precision:P1}), wrong {score.Wrong}, spurious {score.Spurious}");
        foreach (var (name, count) in score.Excluded.OrderByDescending(e => e.Value))
        {
            _output.WriteLine($"  left out {count,3}: {name}");
        }

        foreach (var miss in score.Misses)
        {
            _output.WriteLine("  miss: " + miss);
        }

        foreach (var error in score.Errors)
        {
            _output.WriteLine("  WRONG: " + error);
        }

        score.Selected.Should().BeGreaterThan(10, "the selection keeps most of each spec");
        score.Errors.Should().BeEmpty("no number may be read with a wrong value");
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95);
    }
}
