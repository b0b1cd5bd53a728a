namespace Alignment;

/// <summary>PLACEHOLDER until the numbers stage lands.</summary>
public sealed record Finding(int BeadIndex, string Message);
