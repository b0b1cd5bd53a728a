namespace Alignment.Sentences;

/// <summary>The bullets, opening and closing marks the sentence walk steps over.</summary>
internal static class SentencePunctuation
{
    public static bool IsBullet(char c) => c is '•' or '◦' or '▪' or '‣' or '⁃' or '●' or '■' or '►';

    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '¿' or '¡';

    public static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›';
}
