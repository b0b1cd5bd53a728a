using Alignment.Languages;

namespace Alignment.Tests.LanguageFiles;

/// <summary><see cref="SpanCache{T}"/> finds every word it was given, by a span of any text, and nothing else.</summary>
public class SpanCacheTests
{
    [Fact]
    public void Finds_every_word_after_growing_and_none_it_was_not_given()
    {
        var cache = new SpanCache<int>();
        var words = Enumerable.Range(0, 5_000).Select(k => $"w{k}x").ToList();
        for (int k = 0; k < words.Count; k++)
        {
            cache.Add(words[k], k);
        }

        string text = string.Join(' ', words);
        int at = 0;
        for (int k = 0; k < words.Count; k++)
        {
            cache.TryGetValue(text.AsSpan(at, words[k].Length), out int id).Should().BeTrue();
            id.Should().Be(k);
            at += words[k].Length + 1;
        }

        cache.TryGetValue("w5000x", out _).Should().BeFalse();
        cache.TryGetValue("W1X", out _).Should().BeFalse("keys are compared ordinally");
        cache.Values().Should().BeEquivalentTo(Enumerable.Range(0, 5_000));
    }

    [Fact]
    public void A_cleared_cache_is_empty_and_fills_again()
    {
        var cache = new SpanCache<string>();
        cache.Add("trata", "a");
        cache.Clear();

        cache.TryGetValue("trata", out _).Should().BeFalse();
        cache.Values().Should().BeEmpty();
        cache.Add("trata", "b");
        cache.TryGetValue("trata", out string? value).Should().BeTrue();
        value.Should().Be("b");
    }
}
