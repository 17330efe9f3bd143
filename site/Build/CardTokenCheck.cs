using System.Text;
using Enforcement.Cards;
using Enforcement.Redaction;

namespace Enforcement.Site.Build;

/// <summary>
/// Supervision cards come from the API, for staff; a card's token on a public page or in out/data would let
/// anyone rate an officer they never met. The build holds no card key, so it looks for the token's shape in
/// every file it wrote, binary ones included (read as Latin-1: a token is ASCII).
/// </summary>
internal static class CardTokenCheck
{
    public const string Kind = "监督卡凭证 (card token)";

    /// <summary>Every file but those <paramref name="unchanged"/> says were checked before, as they are (pages taken over from the last build).</summary>
    public static IEnumerable<Leak> Scan(StagingFolder staging, Func<string, bool>? unchanged = null) =>
        Directory.EnumerateFiles(staging.Root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(staging.Root, file).Replace('\\', '/'))
            .Where(file => unchanged?.Invoke(file) != true)
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Where(file => CardToken.InLink().IsMatch(File.ReadAllText(Path.Combine(staging.Root, file), Encoding.Latin1)))
            .Select(file => new Leak(file, Kind));
}
