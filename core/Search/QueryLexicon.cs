namespace Enforcement.Search;

/// <summary>
/// The known words of a vocabulary, folded as queries are (<see cref="QueryText"/>), for longest-match
/// reading: body names, synonym words, filler, places, company suffixes, modifiers and the words for kinds of party. One-character
/// words (秤) count only as a whole query part, so they never split a longer word apart; one-character filler (的, 吗)
/// counts anywhere, since relaxation only drops it, and a one-character modifier (大, 小) only before a known word.
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
        foreach (var word in vocabulary.Words.Places.Concat(vocabulary.Words.Suffixes).Concat(vocabulary.Words.Modifiers)
                     .Concat(vocabulary.Bodies.Select(b => SearchBody.Place(b.Name))))
            Add(QueryText.Normalize(word), new QueryPiece(PieceKind.Droppable, QueryText.Normalize(word)), merge: false);
        // 工厂罚款 is 工厂 and 罚款: a word for a kind of party read apart, as it finds the parties of that kind (PartyKinds).
        foreach (var word in PartyKinds.Words)
            Add(word, new QueryPiece(PieceKind.Text, word), merge: false);
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

    /// <summary>
    /// A one-character modifier (大, 小) is one only where a word starts (the part's start, or after a known word: 的大超市,
    /// 高安大超市) and right before a word the search knows or a kind of business: 大超市 is a big supermarket, 小饭馆 a
    /// small restaurant, but 大华超市 and 金盛大酒店 are names, whose 大 must not be dropped (to list every 华超市), nor
    /// 小卖部 read as 卖部.
    /// </summary>
    private bool AfterAKnownWord(string text, int at)
    {
        if (at == 0) return true;
        for (var length = Math.Min(MaxLength, at); length >= 1; length--)
            if (words.ContainsKey(text.Substring(at - length, length))) return true;
        return false;
    }

    private bool BeforeAKnownWord(string text, int at) =>
        at < text.Length && (Match(text, at, wholeSegment: false) is { Kind: not PieceKind.Droppable } || NameIndex.StartsWithKind(text.AsSpan(at)));

    private static bool NoGap(string phrase) => !phrase.Contains(SynonymGroup.Gap, StringComparison.Ordinal);

    /// <summary>The longest known word starting at <paramref name="at"/> in <paramref name="text"/>, or null.</summary>
    public QueryPiece? Match(string text, int at, bool wholeSegment)
    {
        for (var length = Math.Min(MaxLength, text.Length - at); length >= 1; length--)
        {
            if (!words.TryGetValue(text.Substring(at, length), out var piece)) continue;
            if (length == 1 && piece.Kind != PieceKind.Droppable && !(wholeSegment && text.Length == 1)) continue;
            if (length == 1 && piece is { Kind: PieceKind.Droppable, Filler: false } && !(AfterAKnownWord(text, at) && BeforeAKnownWord(text, at + 1))) continue;
            if (EndsInsideAWord(text, at + length) || BeginsAnotherWord(text, at, length)) continue;
            return piece;
        }
        return null;
    }

    /// <summary>
    /// Words whose first character ends a known word: 没有证据 is no evidence, not 没有证 (no licence) and 据; 假鞋子 is fake
    /// shoes, not 假鞋 and a 子 that loosening dropped (which listed every counterfeit case, the shoes second).
    /// </summary>
    private static readonly string[] WordsAcross = ["证据", "证人", "证言", "鞋子", "袜子", "裤子", "帽子"];

    private static bool EndsInsideAWord(string text, int end) =>
        end < text.Length && WordsAcross.Any(w => text.AsSpan(end - 1).StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// Words a known word begins that name something else: 卫生院 is a clinic, not hygiene (卫生) and 院, which found a noodle
    /// shop's 直接入口食品 and its 人民法院 as an exact match; 卫生纸 and 卫生巾 are goods, 卫生间 a room, 电影院 a cinema.
    /// </summary>
    private static readonly string[] LongerWords = ["卫生院", "卫生间", "卫生室", "卫生所", "卫生局", "卫生纸", "卫生巾", "电影院"];

    /// <summary>Whether <paramref name="word"/> ends in one of those words: 卫生院 keeps its 院 when a search is loosened.</summary>
    public static bool EndsInAWordOfItsOwn(string word) => LongerWords.Any(w => word.EndsWith(w, StringComparison.Ordinal));

    private static bool BeginsAnotherWord(string text, int at, int length) =>
        LongerWords.Any(w => w.Length > length && text.AsSpan(at).StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// Where the synonym words and bodies' names stand in <paramref name="text"/>, read longest first from its start
    /// as a query part is read: the stretches the query means as one word.
    /// </summary>
    public IEnumerable<(int Start, int End)> MeaningfulWords(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var known = Match(text, i, wholeSegment: false);
            // Filler and places are read too, so that a word is found where the part's reading would find it.
            if (known is { Kind: PieceKind.Synonym or PieceKind.Body }) yield return (i, i + known.Text.Length);
            i += known?.Text.Length ?? 1;
        }
    }

    public bool IsDroppable(string word) => words.TryGetValue(word, out var p) && p.Kind == PieceKind.Droppable;
}
