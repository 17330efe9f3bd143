namespace Enforcement.Validation;

/// <summary>One thing wrong with the content: which file, which key, what is wrong.</summary>
public sealed record ContentError(string File, string Key, string Message, int? Line = null)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}: {(Key.Length > 0 ? Key + ": " : "")}{Message}";
}
