namespace Enforcement.Search;

/// <summary>What a piece of a query was read as.</summary>
public enum PieceKind
{
    /// <summary>Words to find in the text.</summary>
    Text,
    /// <summary>A word of a synonym group: any phrase of the group will do.</summary>
    Synonym,
    /// <summary>A body's everyday name: a filter on the body.</summary>
    Body,
    /// <summary>An amount (5万, 十万以上, 1-5万元): a range on the penalty amounts, in fen.</summary>
    Amount,
    /// <summary>A date (2025年3月, 去年): a range on the decision date, as yyyymmdd.</summary>
    Date,
    /// <summary>
    /// Filler (我想查一下, 的案子), a place (宜春市) or a company suffix (有限公司): searched as text until relaxation drops it
    /// (filler beside a date, an amount or a known word is not searched at all).
    /// </summary>
    Droppable,
}

/// <summary>One piece of a query part, in the query's folded text.</summary>
public sealed record QueryPiece(PieceKind Kind, string Text)
{
    public SynonymGroup? Group { get; init; }
    public IReadOnlyList<string> Bodies { get; init; } = [];
    public long From { get; init; }
    public long To { get; init; }

    /// <summary>罚款1000元以下: an amount said of the fine, matched against the fine alone (not 没收违法所得372元).</summary>
    public bool FineOnly { get; init; }

    /// <summary>Filler (我想查一下, 被罚了, 卖): dropping it loses nothing asked for, unlike a place or a company suffix.</summary>
    public bool Filler { get; init; }

    /// <summary>
    /// 大 of 大超市, 小 of 小饭馆 (<see cref="QueryLexicon"/> reads one only before a known word): searched as one character it
    /// is in almost every decision, so it is searched only within the whole part as typed, and left out, said, after that.
    /// </summary>
    public bool OneCharacterModifier => Kind == PieceKind.Droppable && !Filler && Text.Length == 1;
}

/// <summary>A part of the query (a space-separated word or a quoted phrase) and how it was read.</summary>
public sealed record QueryPart(string Text, IReadOnlyList<QueryPiece> Pieces)
{
    /// <summary>Typed in quotes: one phrase, as written, at every stage of relaxation.</summary>
    public bool Exact { get; init; }

    /// <summary>Nothing in it but words: searched as one phrase, as it always was.</summary>
    public bool IsPlain => Pieces.All(p => p.Kind is PieceKind.Text or PieceKind.Droppable);
}

/// <summary>The whole query as understood: its parts, and the 文书号 keys it could be.</summary>
public sealed record ReadQuery(string Text, IReadOnlyList<QueryPart> Parts, IReadOnlyList<string> NumberKeys, IReadOnlyList<string> LooseNumberKeys)
{
    /// <summary>
    /// Keys near a typed 文书号's (<see cref="DecisionNumberKey.NearKeys"/>: 宜春市监处罚〔2025〕12号 as 宜市监罚|2025|12 and
    /// 市监罚|2025|12), weighing less than its own.
    /// </summary>
    public IReadOnlyList<string> NearNumberKeys { get; init; } = [];

    /// <summary>The words asked for the largest amounts first (罚款最多的): the searcher sorts by amount unless told otherwise.</summary>
    public bool LargestFirst { get; init; }

    /// <summary>The words asked for the smallest amounts first (罚款最少的, 最低罚款): the searcher sorts by amount, smallest first.</summary>
    public bool SmallestFirst { get; init; }

    /// <summary>The words asked for the newest first (最近的处罚, 最新处罚, 最近一个月): the searcher sorts by date unless told otherwise.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>
    /// The words ask about penalties (被罚, 罚了多少钱, 罚款, 处罚): the searcher lists decisions only unless a kind is
    /// chosen, since a 双随机 result penalises nobody (哪家药店被罚了 listed a pharmacy inspected and found in order).
    /// </summary>
    public bool DecisionsOnly { get; init; }
}
