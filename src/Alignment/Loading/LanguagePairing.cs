using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>
/// Settles the languages of a pair whose documents could not all be told on their own (a one-line text): the pair is two
/// different languages, so the assignment with the most evidence wins, each guessed document needing some evidence of its
/// own for the language it is given. When no assignment clearly wins, the pair is refused
/// (<see cref="DiagnosticCodes.LanguageUndetermined"/>) rather than compared as two texts of one language.
/// </summary>
internal static class LanguagePairing
{
    /// <summary>The two documents, the guessed language of either replaced by the one the pair's evidence gives it.</summary>
    /// <exception cref="ReportFormatException">The evidence does not settle the languages.</exception>
    public static (ReportDocument Source, ReportDocument Target) Resolve(ReportDocument source, ReportDocument target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (!source.LanguageAssumed && !target.LanguageAssumed)
        {
            return (source, target);
        }

        var languages = Language.WithLanguageData;
        IReadOnlyList<Language> sourceLanguages = source.LanguageAssumed ? languages : [source.Language];
        IReadOnlyList<Language> targetLanguages = target.LanguageAssumed ? languages : [target.Language];
        (Language Source, Language Target, int Score)? best = null;
        int runnerUp = -1;
        foreach (var s in sourceLanguages)
        {
            foreach (var t in targetLanguages)
            {
                if (s == t
                    || (source.LanguageAssumed && Score(source, s) == 0)
                    || (target.LanguageAssumed && Score(target, t) == 0))
                {
                    continue;
                }

                int score = (source.LanguageAssumed ? Score(source, s) : 0) + (target.LanguageAssumed ? Score(target, t) : 0);
                if (best is null || score > best.Value.Score)
                {
                    runnerUp = best?.Score ?? -1;
                    best = (s, t, score);
                }
                else if (score > runnerUp)
                {
                    runnerUp = score;
                }
            }
        }

        if (best is not { } chosen || chosen.Score <= runnerUp)
        {
            var unsure = source.LanguageAssumed ? source : target;
            throw new ReportFormatException(Messages.LanguageUndetermined(source.LanguageAssumed && target.LanguageAssumed ? "both documents are" : "this document is"), unsure.Name);
        }

        return (source.LanguageAssumed ? source.WithLanguage(chosen.Source, Messages.LanguageInferred(chosen.Source.Code, chosen.Target.Code)) : source,
                target.LanguageAssumed ? target.WithLanguage(chosen.Target, Messages.LanguageInferred(chosen.Target.Code, chosen.Source.Code)) : target);
    }

    private static int Score(ReportDocument document, Language language) => document.Evidence?.Score(language.Code) ?? 0;
}
