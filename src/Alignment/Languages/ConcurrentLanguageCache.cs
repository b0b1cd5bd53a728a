using System.Collections.Concurrent;

namespace Alignment.Languages;

/// <summary>One immutable per-language object (a splitter, a reader), built on first use and shared by all threads.</summary>
internal sealed class ConcurrentLanguageCache<T>(Func<LanguageProfile, T> create)
{
    private readonly ConcurrentDictionary<string, T> _items = new(StringComparer.Ordinal);

    public T Get(LanguageProfile profile) => _items.GetOrAdd(profile.Code, _ => create(profile));
}
