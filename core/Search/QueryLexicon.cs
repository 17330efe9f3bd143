namespace Enforcement.Search;

/// <summary>
/// The known words of a vocabulary, folded as queries are (<see cref="QueryText"/>), for longest-match
/// reading: body names, synonym words, filler, places and company suffixes. One-character words (秤) count
/// only as a whole query part, so they never split a longer word apart; one-character filler (的, 吗) counts
/// anywhere, since relaxation only drops it.
/// </summary>
public sealed class QueryLexicon
{
    private readonly Dictionary<string, QueryPiece> words = new(StringComparer.Ordinal);

    public int MaxLength { get; }

    public QueryLexicon(SearchVocabulary vocabulary)
    {
        // Later additions do not replace earlier ones: a body's name wins over a synonym, a synonym over filler.
        foreach (var body in vocabulary.Bodies)
            foreach (var form in body.Forms)
                Add(form, new QueryPiece(PieceKind.Body, form) { Bodies = [body.Slug] }, merge: true);
        foreach (var group in vocabulary.Words.Synonyms)
        {
            // Everyday words search for the whole group. The legal wording is what decisions say, so typed as
            // such it only searches for the group's other legal phrases (if any): expanding 没收违法所得 into
            // 罚没 and 非法所得 would find nothing more and cost a slower query on the commonest words.
            foreach (var word in group.Words.Where(NoGap))
                Add(QueryText.Normalize(word), new QueryPiece(PieceKind.Synonym, QueryText.Normalize(word)) { Group = group }, merge: false);
            if (group.Legal.Count < 2) continue;
            var legalOnly = group with { Words = [] };
            foreach (var legal in group.Legal.Where(NoGap))
                Add(QueryText.Normalize(legal), new QueryPiece(PieceKind.Synonym, QueryText.Normalize(legal)) { Group = legalOnly }, merge: false);
        }
        foreach (var word in vocabulary.Words.Filler)
            Add(QueryText.Normalize(word), new QueryPiece(PieceKind.Droppable, QueryText.Normalize(word)) { Filler = true }, merge: false);
        foreach (var word in vocabulary.Words.Places.Concat(vocabulary.Words.Suffixes)
                     .Concat(vocabulary.Bodies.Select(b => SearchBody.Place(b.Name))))
            Add(QueryText.Normalize(word), new QueryPiece(PieceKind.Droppable, QueryText.Normalize(word)), merge: false);
        MaxLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);

        void Add(string key, QueryPiece piece, bool merge)
        {
            if (key.Length == 0) return;
            if (!words.TryGetValue(key, out var existing)) words[key] = piece;
            // Two bodies called the same (two cities' 商务局): the word means either.
            else if (merge && existing.Kind == PieceKind.Body)
                words[key] = existing with { Bodies = existing.Bodies.Concat(piece.Bodies).Distinct().ToList() };
        }
    }

    private static bool NoGap(string phrase) => !phrase.Contains(SynonymGroup.Gap, StringComparison.Ordinal);

    /// <summary>The longest known word starting at <paramref name="at"/> in <paramref name="text"/>, or null.</summary>
    public QueryPiece? Match(string text, int at, bool wholeSegment)
    {
        for (var length = Math.Min(MaxLength, text.Length - at); length >= 1; length--)
        {
            if (!words.TryGetValue(text.Substring(at, length), out var piece)) continue;
            if (length == 1 && piece.Kind != PieceKind.Droppable && !(wholeSegment && text.Length == 1)) continue;
            return piece;
        }
        return null;
    }

    public bool IsDroppable(string word) => words.TryGetValue(word, out var p) && p.Kind == PieceKind.Droppable;
}
