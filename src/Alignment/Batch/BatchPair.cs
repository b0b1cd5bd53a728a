namespace Alignment.Batch;

/// <summary>One entry of a batch: a report (<paramref name="Source"/>) and its translation (<paramref name="Target"/>).</summary>
/// <param name="Name">A name for messages and output: given in the manifest, or the source file's name.</param>
/// <param name="Source">Path of the original report.</param>
/// <param name="Target">Path of its translation.</param>
internal sealed record BatchPair(string Name, string Source, string Target);
