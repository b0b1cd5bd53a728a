namespace Alignment.Loading;

/// <summary>A paragraph rebuilt from (possibly hard-wrapped) lines: <c>[Start, End)</c> in the original text, trimmed.</summary>
internal readonly record struct Paragraph(int Start, int End);
