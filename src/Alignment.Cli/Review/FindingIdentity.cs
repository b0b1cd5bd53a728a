using System.Security.Cryptography;
using System.Text;

namespace Alignment.Cli.Review;

/// <summary>
/// Stable ids of findings: the same finding on the same text has the same id in every run, whatever bead number it
/// has (an edit elsewhere renumbers beads). The id is <c>f-</c> and 16 hex digits of the SHA-256 of the finding's
/// code, its message and the normalized text of both sides of its bead; a second finding with the same four (a
/// sentence repeated word for word) gets <c>-2</c>, a third <c>-3</c>, in bead order.
/// </summary>
internal static class FindingIdentity
{
    public static IReadOnlyList<string> Of(BitextResult result)
    {
        var ids = new List<string>(result.Findings.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in result.Findings)
        {
            var bead = finding.BeadIndex >= 0 && finding.BeadIndex < result.Beads.Count ? result.Beads[finding.BeadIndex] : null;
            string key = string.Join('\n',
                finding.Code,
                finding.Message,
                bead is null ? string.Empty : string.Join(' ', bead.Source.Select(s => s.NormalizedText)),
                bead is null ? string.Empty : string.Join(' ', bead.Target.Select(s => s.NormalizedText)));
            string id = "f-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
            int count = seen.GetValueOrDefault(id) + 1;
            seen[id] = count;
            ids.Add(count == 1 ? id : $"{id}-{count}");
        }

        return ids;
    }
}
