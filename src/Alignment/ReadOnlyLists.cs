using System.Collections.ObjectModel;

namespace Alignment;

/// <summary>
/// The lists public results hold: a private copy behind a read-only wrapper, so a result cannot change after it is
/// made, whoever kept the list it was made from (a <c>List&lt;T&gt;</c> cast back from <c>IReadOnlyList&lt;T&gt;</c> is not).
/// </summary>
internal static class ReadOnlyLists
{
    /// <summary>
    /// <paramref name="items"/> as an immutable list: kept when it already is one (a <see cref="ReadOnlyCollection{T}"/>
    /// this class made, or an empty array), otherwise copied.
    /// </summary>
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            Frozen<T> frozen => frozen,
            { Count: 0 } => Array.Empty<T>(),
            _ => new Frozen<T>(items.ToArray()),
        };
    }

    // Our own subclass: a ReadOnlyCollection made elsewhere may wrap a list its maker still changes.
    private sealed class Frozen<T>(T[] items) : ReadOnlyCollection<T>(items);
}
