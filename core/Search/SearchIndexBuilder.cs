using Enforcement.Redaction;

namespace Enforcement.Search;

/// <summary>Writes the Lucene.Net index of the public decisions into out/data/index.</summary>
public static class SearchIndexBuilder
{
    public const string FolderName = "index";

    /// <summary>The text of a decision exactly as it goes into the index, for the leak gate to scan.</summary>
    public static string IndexedText(PublicDecision d) =>
        string.Join("\n", d.Number, d.Title, d.PartyName, d.PartyCode, d.Category, d.Violation, d.Basis, d.Text);

    // Placeholder until the index is written: writes an empty folder.
    public static void Build(IEnumerable<PublicDecision> decisions, string indexDir, string bodyNamesJson = "") =>
        Directory.CreateDirectory(indexDir);
}
