using System.Reflection;

namespace Alignment.Tests;

/// <summary>Every diagnostic a message class of the library can make, each built once with sample arguments.</summary>
internal static class LibraryDiagnostics
{
    /// <summary>Calls every public static method returning a <see cref="Diagnostic"/> of <paramref name="messageClasses"/>.</summary>
    public static IReadOnlyList<Diagnostic> Of(params Type[] messageClasses) =>
        messageClasses
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => (Diagnostic)m.Invoke(null, m.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!)
            .ToList();

    private static object? Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 2
        : type == typeof(long) ? 2L
        : type == typeof(double) ? 0.5
        : type == typeof(bool) ? true
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(1)
        : type == typeof(Exception) ? new InvalidOperationException("x")
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)
        : null;
}
