namespace Alignment.Aligning;

/// <summary>
/// The <see cref="FeatureExtractor.Session"/>s of finished extractions, kept cleared for the next ones: a session's tables grow
/// to the size of a document's vocabulary, and reusing them spares allocating (and collecting) them again for every pair.
/// Thread-safe; a session is handed to one caller at a time.
/// </summary>
internal sealed class FeatureSessionPool
{
    // Sessions kept for reuse: two per pair being extracted, for a few pairs at once (batch workers, a service's requests).
    private const int MaxPooledSessions = 8;

    // A session with more keys than this is not kept (its tables take a few MB). The seed pair, 65,000 characters, has 3,325
    // keys, and a vocabulary grows more slowly than its text: only reports of several MB, or very mixed ones, get there.
    private const int MaxPooledSessionKeys = 100_000;

    private readonly Stack<FeatureExtractor.Session> _free = new();

    /// <summary>A cleared session of an earlier call when there is one, else a new one.</summary>
    public FeatureExtractor.Session Rent()
    {
        lock (_free)
        {
            return _free.Count > 0 ? _free.Pop() : new FeatureExtractor.Session();
        }
    }

    /// <summary>
    /// Clears <paramref name="session"/> and keeps it for a later call; a session grown past
    /// <see cref="MaxPooledSessionKeys"/> keys is dropped instead, so that one huge document does not pin its tables.
    /// </summary>
    public void Return(FeatureExtractor.Session session)
    {
        if (session.Keys.Count > MaxPooledSessionKeys)
        {
            return;
        }

        session.Clear();
        lock (_free)
        {
            if (_free.Count < MaxPooledSessions)
            {
                _free.Push(session);
            }
        }
    }
}
