using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Alignment.Languages;

namespace Alignment;

/// <summary>
/// A language, by its code (<c>es</c>, <c>en</c>, <c>de</c>): the one rule for a valid code (two or three ASCII letters, read
/// in lower case) and, resolved once, the language data the aligner has for it. A language without data (<c>de</c>,
/// <c>fr</c>) is aligned with the language-independent features only (segments, <c>--input lines</c>).
/// One instance per code: immutable, thread-safe, equal by code.
/// </summary>
public sealed class Language : IEquatable<Language>
{
    private static readonly ConcurrentDictionary<string, Language> ByCode = new(StringComparer.Ordinal);

    private Language(string code)
    {
        Code = code;
        Profile = LanguageProfile.Find(code);
    }

    /// <summary>Spanish (<c>es</c>).</summary>
    public static Language Spanish { get; } = Of("es");

    /// <summary>English (<c>en</c>).</summary>
    public static Language English { get; } = Of("en");

    /// <summary>The code, lower case: <c>es</c>, <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>The language's English name when the aligner has data for it (<c>Spanish</c>), else its code.</summary>
    public string Name => Profile?.Name ?? Code;

    /// <summary>
    /// Whether the aligner has language data for it (sentence rules, stemmer, lexicon, number words): then its reports can be
    /// split into sections and sentences and its numbers compared.
    /// </summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool HasLanguageData => Profile is not null;

    /// <summary>The languages the aligner has data for.</summary>
    public static IReadOnlyList<Language> WithLanguageData { get; } = LanguageProfile.SupportedCodes.Select(Of).ToArray();

    /// <summary>The language data, resolved once; <see langword="null"/> without it.</summary>
    internal LanguageProfile? Profile { get; }

    /// <summary>The language data of a language that must have it (a report's: every stage reads it).</summary>
    /// <exception cref="InvalidOperationException">There is no data for this language.</exception>
    internal LanguageProfile RequiredProfile =>
        Profile ?? throw new InvalidOperationException($"No language data for '{Code}'.");

    /// <summary>The language of a code.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not two or three ASCII letters.</exception>
    public static Language Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var language)
            ? language
            : throw new ArgumentException($"'{code}' is not a language code (two or three letters, such as en or de).", nameof(code));
    }

    /// <summary>The language of a code, when <paramref name="code"/> is two or three ASCII letters (any case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Language? language)
    {
        language = IsCode(code) ? Of(code.ToLowerInvariant()) : null;
        return language is not null;
    }

    /// <summary>Whether <paramref name="code"/> is two or three ASCII letters: the one rule for a language code.</summary>
    internal static bool IsCode([NotNullWhen(true)] string? code) =>
        code is { Length: 2 or 3 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) && (code.Length == 2 || char.IsAsciiLetter(code[2]));

    private static Language Of(string code) => ByCode.GetOrAdd(code, c => new Language(c));

    /// <inheritdoc />
    public bool Equals(Language? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Language);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Whether two languages are the same.</summary>
    public static bool operator ==(Language? left, Language? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two languages differ.</summary>
    public static bool operator !=(Language? left, Language? right) => !(left == right);

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}
