namespace Enforcement.Cards;

/// <summary>
/// Finds the card key: the configured one, or else a development key kept in .portal/dev-card-key under
/// the working folder (made on first use), so local builds and the local API agree and stay reproducible.
/// </summary>
public static class CardKeyStore
{
    public const string DevelopmentKeyPath = ".portal/dev-card-key";

    public sealed record CardKey(byte[] Key, bool IsDevelopment);

    public static CardKey Resolve(string? configured, string workingFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return new CardKey(CardToken.ParseKey(configured)
                ?? throw new InvalidOperationException("卡片密钥无效：应为至少 16 字节的 base64 (card key must be base64 of 16+ bytes)"), false);

        var path = Path.Combine(workingFolder, DevelopmentKeyPath);
        if (File.Exists(path) && CardToken.ParseKey(File.ReadAllText(path)) is { } existing)
            return new CardKey(existing, true);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = CardToken.NewKey();
        File.WriteAllText(path, key);
        return new CardKey(CardToken.ParseKey(key)!, true);
    }
}
