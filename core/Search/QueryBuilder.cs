using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Enforcement.Search;

/// <summary>How far a query was loosened to find something (<see cref="QueryBuilder"/>).</summary>
public enum Relaxation
{
    /// <summary>Exactly what was typed: every word as a phrase (synonyms, bodies, amounts and dates understood).</summary>
    None,
    /// <summary>
    /// The known words of a part apart, only filler dropped: 樟树明珠超市 is 樟树 and 明珠超市, so it finds 樟树市明珠超市 and
    /// not the 明珠超市 of another city, which dropping the place would list first.
    /// </summary>
    Apart,
    /// <summary>Filler (我想查一下, 的案子), places, company suffixes and modifiers (大型, 进口) dropped.</summary>
    WithoutFiller,
    /// <summary>Each word's characters anywhere in the decision, not only side by side.</summary>
    AnyOrder,
    /// <summary>
    /// At least two thirds of the words (when there are three or more); either of two everyday words for a kind of
    /// wrongdoing (假冒伪劣 is 假冒 or 伪劣: counterfeit or substandard goods, rarely both in one decision).
    /// </summary>
    SomeWords,
    /// <summary>Every word again (anywhere), but the amount and date ranges dropped.</summary>
    WithoutRanges,
    /// <summary>
    /// Only what was understood (synonym words, with bodies, amounts and dates), the rest of the text dropped, when
    /// there is a synonym word: 会员卡不给退钱 finds the prepaid-card cases, which say nothing of 不给退钱.
    /// </summary>
    OnlyUnderstood,
    /// <summary>
    /// Only the words that are in a public party's name, when the query also has others: 明珠超市 投诉 finds 明珠超市's
    /// decisions, which say nothing of 投诉 (the person wants that shop's record, and nothing at all would say it has none).
    /// </summary>
    NamesOnly,
}

/// <summary>A Lucene query for what a person typed, the terms a snippet should mark, and the words it left out.</summary>
internal sealed record BuiltQuery(Query? Query, IReadOnlySet<string> Terms, IReadOnlyList<string> Dropped)
{
    /// <summary>Only filler was left out (卖过期食品 searched as 过期食品): the results are what was asked for.</summary>
    public bool OnlyFillerDropped { get; init; }

    /// <summary>The amount ranges searched (in fen): a snippet marks a found penalty's amount as its decision writes it.</summary>
    public IReadOnlyList<(long From, long To)> Amounts { get; init; } = [];

    /// <summary>
    /// Two everyday words for two kinds of wrongdoing (假冒伪劣), searched at <see cref="Relaxation.SomeWords"/> as
    /// either: a decision with one of them has every word the person meant.
    /// </summary>
    public bool EitherOfTwo { get; init; }
}

/// <summary>
/// Turns a <see cref="ReadQuery"/> into a Lucene query, at a given <see cref="Relaxation"/>, without any query
/// syntax. Strictly, each plain part is a phrase of its analyzed tokens (CJK bigrams at their positions) in
/// the catch-all field and every part must match; a synonym must match one of its group's phrases; a body's
/// name filters by body; amounts and dates are ranges. A 文书号 (exact or tolerant key) ranks that decision
/// first. Title and party weigh more because the index holds them twice, which costs nothing at query time.
/// </summary>
internal static class QueryBuilder
{
    private const float NumberBoost = 100f;
    private const float ExactBoost = 2f;
    /// <summary>How many positions "…" in a synonym phrase may stand for.</summary>
    private const int GapSlop = 12;

    /// <summary>
    /// The decisions whose 文书号 the query is, by its exact and tolerant keys alone (not the near ones); null when it has
    /// none. <paramref name="terms"/> are what the snippets mark.
    /// </summary>
    public static BuiltQuery? NumberOnly(ReadQuery input, IReadOnlySet<string> terms)
    {
        if (input.LooseNumberKeys.Count == 0) return null;
        var byNumber = new BooleanQuery();
        foreach (var key in NumberKeyQueries(input, near: false)) byNumber.Add(key, Occur.SHOULD);
        return new BuiltQuery(byNumber, terms, []);
    }

    /// <summary>The query's 文书号 keys as clauses: its exact key weighing most, then its tolerant keys, then (if asked) its near ones.</summary>
    private static IEnumerable<Query> NumberKeyQueries(ReadQuery input, bool near)
    {
        foreach (var key in input.NumberKeys) yield return new TermQuery(new Term(SearchFields.NumberKey, key)) { Boost = NumberBoost };
        foreach (var key in input.LooseNumberKeys) yield return new TermQuery(new Term(SearchFields.NumberLoose, key)) { Boost = NumberBoost / 2 };
        if (!near) yield break;
        foreach (var key in input.NearNumberKeys) yield return new TermQuery(new Term(SearchFields.NumberLoose, key)) { Boost = NumberBoost / 4 };
    }

    /// <summary>
    /// Query is null when the input has nothing searchable (only punctuation, say), or when the stage does not
    /// apply (SomeWords for fewer than three words): nothing to run.
    /// </summary>
    /// <param name="everywhere">
    /// Whether a term is in most of the index's documents. Relaxation drops such a lone character left over from
    /// dropping filler: 外卖 less the filler 卖 is 外, which every decision has (法律另有规定的除外), so searching it
    /// lists everything, while 卖药的 less 卖 and 的 is 药, which says what was meant.
    /// </param>
    /// <param name="partyName">Whether a word is in a public party's name (for <see cref="Relaxation.NamesOnly"/>).</param>
    /// <param name="sameKind">
    /// A name and a kind of business typed after it → the public parties' names as registered with a kind it may be called
    /// by (金盛, 大酒店 → 金盛酒店; <see cref="NameIndex.OfSameKind"/>), for <see cref="Relaxation.NamesOnly"/>.
    /// </param>
    public static BuiltQuery Build(ReadQuery input, Analyzer analyzer, Relaxation stage = Relaxation.None, Func<string, bool>? everywhere = null,
        Func<string, bool>? partyName = null, Func<string, string, IReadOnlyList<string>>? sameKind = null)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Text)) return new BuiltQuery(new MatchAllDocsQuery(), terms, dropped);
        if (stage == Relaxation.NamesOnly) return NamesOnly(input, analyzer, partyName ?? (_ => false), sameKind ?? ((_, _) => []));

        if (stage == Relaxation.OnlyUnderstood && !input.Parts.Any(p => !p.Exact && p.Pieces.Any(x => x.Kind == PieceKind.Synonym)))
            return new BuiltQuery(null, terms, dropped);

        var words = new List<Query>();
        var limits = new List<Query>();
        var boosts = new List<Query>();
        var amounts = new List<(long, long)>();
        var understood = 0;
        var onlyFiller = true;
        // Whether anything left narrows the results: 罚款2千 less its amount is 罚款, which every decision has.
        var narrows = false;
        // 公司被罚, 哪些公司被罚了, 宜春被罚: beside the filler a suffix or a place is the only word; it is what was asked
        // for (公司 alone finds the companies), and dropping it left nothing to search.
        var keepKindWords = OnlyKindWords(input);
        foreach (var part in input.Parts)
        {
            if ((stage == Relaxation.None && (part.IsPlain || part.Pieces.Any(p => p.OneCharacterModifier))) || part.Exact)
            {
                if (Phrase(analyzer, part.Text, terms) is { } phrase) { words.Add(part.Exact ? phrase : OrOfKind(phrase, part.Text)); narrows = true; }
                continue;
            }
            foreach (var piece in part.Pieces)
            {
                // Filler beside a date, an amount or a known word (2025年的处罚, 去年被罚的超市) says nothing to find: searched as
                // text it kept only the decisions that happen to write it (7 of a year's 467 wrote 的处罚), and found those as
                // exactly what was asked. A part of words and filler alone is still a phrase first (老周的店).
                if (piece.Kind == PieceKind.Droppable && piece.Filler && !part.IsPlain) continue;
                var drop = piece.Kind switch
                {
                    // Filler goes as soon as a part's words are read apart: 超市的处罚 searched with 的处罚 as text listed the two
                    // supermarkets that happen to write it, not the supermarkets' decisions.
                    PieceKind.Droppable => piece.Filler || piece.OneCharacterModifier ? stage >= Relaxation.Apart : stage >= Relaxation.WithoutFiller && !keepKindWords,
                    PieceKind.Amount or PieceKind.Date => stage == Relaxation.WithoutRanges,
                    PieceKind.Text => stage == Relaxation.OnlyUnderstood
                        || stage >= Relaxation.Apart && piece.Text.Length == 1
                        && everywhere?.Invoke(piece.Text) == true
                        && part.Pieces.Any(p => p.Kind == PieceKind.Droppable && (p.Filler || stage >= Relaxation.WithoutFiller)),
                    _ => false,
                };
                if (drop)
                {
                    dropped.Add(piece.Text);
                    onlyFiller &= piece.Filler;
                    // 我在超市买的牛奶过期了: the words left out no longer narrow, but still rank first a decision that has
                    // them (超市 puts the supermarket's expired food above the wholesaler's).
                    if (stage == Relaxation.OnlyUnderstood && piece.Kind == PieceKind.Text && AnyTerm(analyzer, piece.Text) is { } ranks) boosts.Add(ranks);
                    continue;
                }
                switch (piece.Kind)
                {
                    case PieceKind.Text or PieceKind.Droppable:
                        var text = piece.Text;
                        if (stage >= Relaxation.AnyOrder)
                        {
                            // 中山路水果店: the street apart from the shop, then the shop's 店 dropped (宜阳大道酒店 keeps its 酒店).
                            var apart = ApartAfterStreet(text).Split(' ');
                            for (var w = 0; w < apart.Length; w++)
                                if (WithoutPlaceKind(apart[w]) is { } stem)
                                {
                                    dropped.Add(apart[w][^1..]);
                                    onlyFiller = false;
                                    apart[w] = stem;
                                }
                            text = string.Join(' ', apart);
                        }
                        if ((stage >= Relaxation.AnyOrder ? AllTerms(analyzer, text, terms) : Phrase(analyzer, text, terms)) is { } q)
                        {
                            words.Add(OrOfKind(q, piece.Text));
                            narrows |= everywhere?.Invoke(text) != true;
                        }
                        break;
                    case PieceKind.Synonym:
                        var any = new BooleanQuery();
                        // The word as typed or the decisions' wording; the group's other everyday words add little
                        // (decisions do not use them) and each would be one more phrase over the whole index.
                        // 假的 describes: typed, it is searched only as the decisions word it (假的 was found inside 虚假的 宣传).
                        foreach (var p in Alternatives(piece.Text.EndsWith('的') && piece.Group!.Legal.Count > 0 ? piece.Group.Legal[0] : piece.Text, piece.Group!.Legal))
                            if (Phrase(analyzer, p, terms) is { } alt) any.Add(alt, Occur.SHOULD);
                        if (any.Clauses.Count > 0) { words.Add(any); understood++; narrows = true; }
                        break;
                    case PieceKind.Body:
                        limits.Add(BodyFilter(piece));
                        narrows = true;
                        break;
                    case PieceKind.Amount:
                        amounts.Add((piece.From, piece.To));
                        limits.Add(piece.FineOnly
                            ? NumericRangeQuery.NewInt64Range(SearchFields.FineFen, piece.From, piece.To, true, true)
                            : AnyOf([
                                NumericRangeQuery.NewInt64Range(SearchFields.PenaltyFen, piece.From, piece.To, true, true),
                                NumericRangeQuery.NewInt64Range(SearchFields.AmountFen, piece.From, piece.To, true, true)]));
                        break;
                    case PieceKind.Date:
                        limits.Add(NumericRangeQuery.NewInt32Range(SearchFields.Decided, (int)piece.From, (int)piece.To, true, true));
                        break;
                }
            }
            // An exact match of what was typed ranks above one through synonyms or split words.
            if (stage == Relaxation.None && part.Pieces.Any(p => p.Kind == PieceKind.Synonym) && Phrase(analyzer, part.Text, null) is { } exact)
            {
                exact.Boost = ExactBoost;
                boosts.Add(exact);
            }
        }

        var eitherOfTwo = words.Count == 2 && understood == 2;
        if (stage == Relaxation.SomeWords && words.Count < 3 && !eitherOfTwo) return new BuiltQuery(null, terms, dropped);
        if (stage >= Relaxation.WithoutFiller && words.Count == 0 && limits.Count == 0) return new BuiltQuery(null, terms, dropped);
        // With its amount or date dropped, a query that had nothing else would list every decision as a result.
        if (stage == Relaxation.WithoutRanges && !narrows) return new BuiltQuery(null, terms, dropped);

        var content = new BooleanQuery();
        foreach (var w in words) content.Add(w, stage == Relaxation.SomeWords ? Occur.SHOULD : Occur.MUST);
        if (stage == Relaxation.SomeWords) content.MinimumNumberShouldMatch = eitherOfTwo ? 1 : (words.Count * 2 + 2) / 3;
        foreach (var l in limits) content.Add(l, Occur.MUST);
        foreach (var b in boosts) content.Add(b, Occur.SHOULD);

        var top = new BooleanQuery();
        if (content.Clauses.Count > 0) top.Add(content, Occur.SHOULD);
        if (stage == Relaxation.None)
            foreach (var key in NumberKeyQueries(input, near: true)) top.Add(key, Occur.SHOULD);
        return new BuiltQuery(top.Clauses.Count == 0 ? null : top, terms, dropped)
        {
            Amounts = amounts, OnlyFillerDropped = dropped.Count > 0 && onlyFiller && !(stage == Relaxation.Apart && WordsReadApart(input)), EitherOfTwo = stage == Relaxation.SomeWords && eitherOfTwo,
        };
    }

    /// <summary>
    /// Whether reading the parts apart separates words that were typed together, filler aside (樟树明珠超市 is 樟树 and
    /// 明珠超市; 超市的处罚 is 超市 alone once 的处罚 goes): results found so were loosened, not what was asked.
    /// </summary>
    private static bool WordsReadApart(ReadQuery input) =>
        input.Parts.Any(p => !p.Exact && p.IsPlain && p.Pieces.Count(x => !(x.Kind == PieceKind.Droppable && x.Filler)) > 1);

    /// <summary>
    /// Whether the query's only words are droppable ones, filler aside, and there is one (公司被罚: 公司; 今年被罚的公司: 今年
    /// is a date, not a word): such a word stays when the filler goes, as if typed alone.
    /// </summary>
    private static bool OnlyKindWords(ReadQuery input) =>
        input.Parts.All(p => !p.Exact && p.Pieces.All(x => x.Kind is PieceKind.Droppable or PieceKind.Amount or PieceKind.Date or PieceKind.Body))
        && input.Parts.Any(p => p.Pieces.Any(x => x.Kind == PieceKind.Droppable && !x.Filler));

    /// <summary>
    /// The words that are in a public party's name (or start with one: 明珠超市投诉 → 明珠超市), each a phrase, with the
    /// bodies named; every other word dropped. A name typed with the kind of business people call it (金盛大酒店, 兴旺果店)
    /// is that shop's registered name (金盛酒店, 兴旺水果店) when its kind may be called so, and nothing when it may not
    /// (兴旺酒店 is a hotel, not 兴旺水果店). Null when no word is a name, or every word is (nothing to drop).
    /// </summary>
    private static BuiltQuery NamesOnly(ReadQuery input, Analyzer analyzer, Func<string, bool> partyName, Func<string, string, IReadOnlyList<string>> sameKind)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<string>();
        var content = new BooleanQuery();
        var names = 0;
        foreach (var part in input.Parts)
        {
            if (part.Exact)
            {
                if (Phrase(analyzer, part.Text, terms) is { } phrase) content.Add(phrase, Occur.MUST);
                continue;
            }
            for (var i = 0; i < part.Pieces.Count; i++)
            {
                var piece = part.Pieces[i];
                if (piece.Kind == PieceKind.Body)
                {
                    content.Add(BodyFilter(piece), Occur.MUST);
                    continue;
                }
                if (piece.Kind != PieceKind.Text)
                {
                    dropped.Add(piece.Text);
                    continue;
                }
                // 金盛 饭店: a name read apart from the kind of business after it (a synonym word) is one word, as 金盛酒店 is.
                var word = i + 1 < part.Pieces.Count && part.Pieces[i + 1] is { Kind: PieceKind.Synonym } next && IsKindOfBusiness(next.Text)
                    ? piece.Text + part.Pieces[++i].Text : piece.Text;
                // 兴旺水果店 registered as typed is searched as typed, with nothing of it left out; 兴旺果店 as 兴旺水果店, 果店 left out.
                if (NameIndex.KindAtEnd(word) is { } kind && IsOwnName(word[..^kind.Length]) && sameKind(word[..^kind.Length], kind) is { Count: > 0 } registered
                    && AnyPhrase(analyzer, registered.Contains(word) ? [word] : registered, terms) is { } shop)
                {
                    content.Add(shop, Occur.MUST);
                    names++;
                    if (!registered.Contains(word)) dropped.Add(kind);
                    continue;
                }
                var name = NameAtStart(word, partyName);
                if (name is not null && Phrase(analyzer, name, terms) is { } phrase)
                {
                    content.Add(phrase, Occur.MUST);
                    names++;
                    if (name.Length < word.Length)
                    {
                        // 兴旺酒店 is a hotel: the name without its kind of business would be any 兴旺's (兴旺水果店).
                        if (IsKindOfBusiness(word[name.Length..])) return new BuiltQuery(null, terms, dropped);
                        dropped.Add(word[name.Length..]);
                    }
                }
                else dropped.Add(word);
            }
        }
        return new BuiltQuery(names == 0 || dropped.Count == 0 ? null : content, terms, dropped);
    }

    /// <summary>
    /// The longest start of <paramref name="word"/> that is in a public party's name and names more than a trade
    /// (明珠超市, not 超市 or 食品: those are in every such name and would list them all).
    /// </summary>
    private static string? NameAtStart(string word, Func<string, bool> partyName)
    {
        for (var length = word.Length; length >= 2; length--)
            if (WithoutTrade(word[..length]).Length >= 2 && partyName(word[..length])) return word[..length];
        return null;
    }

    private static readonly string[] TradeWords =
        ["有限公司", "公司", "超市", "商店", "商行", "食品", "大药房", "药房", "药店", "饭店", "餐馆", "酒店", "门诊", "诊所", "经营部", "店", "厂", "部", "行", "馆", "院", "铺", "摊"];

    private static string WithoutTrade(string word)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var t in TradeWords)
                if (word.EndsWith(t, StringComparison.Ordinal)) { word = word[..^t.Length]; changed = true; break; }
        }
        return word;
    }

    /// <summary>What names a kind of business after a shop's name: 酒店, 超市, 药房, 水果店, 餐馆, 果蔬, 商贸 ….</summary>
    private static bool IsKindOfBusiness(string word) =>
        word.Length >= 2 && ("店馆厂铺行院所房场".Contains(word[^1]) || word.EndsWith("超市", StringComparison.Ordinal) || word.EndsWith("公司", StringComparison.Ordinal)
            || NameIndex.IsKind(word));

    /// <summary>What may be a shop's own name before its kind: not a trade or a kind itself (食品超市, 水果批发 name no shop).</summary>
    private static bool IsOwnName(string word) => WithoutTrade(word).Length >= 2 && !NameIndex.IsKind(word);

    /// <summary>Any of the names, each a phrase (兴旺水果店 or 兴旺果蔬店); null for none.</summary>
    private static Query? AnyPhrase(Analyzer analyzer, IReadOnlyList<string> names, HashSet<string> terms)
    {
        var phrases = names.Select(n => Phrase(analyzer, n, terms)).OfType<Query>().ToList();
        if (phrases.Count <= 1) return phrases.FirstOrDefault();
        var any = new BooleanQuery();
        foreach (var p in phrases) any.Add(p, Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// A word less what people put after a trade or a name (水泥厂, 电器店, 水果摊, 美容院) where decisions write the
    /// registered name (华泰水泥有限公司, 美联电器有限公司, 丽人美容美发有限公司); null for any other word, and for two
    /// characters (药店, 工厂 are words in themselves).
    /// </summary>
    private static string? WithoutPlaceKind(string word) =>
        word.Length >= 3 && "店厂铺摊院".Contains(word[^1]) && !char.IsAsciiLetterOrDigit(word[^2])
        // 兴旺酒店 is a hotel: 酒店, 饭店, 药店 … are kinds of their own, not 酒 and a shop (it found 兴旺水果店).
        && !(word[^1] == '店' && "酒饭药商书花网旅客".Contains(word[^2]))
        // 卫生院 is a clinic and 电影院 a cinema, not 卫生 or 电影 and a 院 (卫生 alone found a case of tissue paper).
        && !QueryLexicon.EndsInAWordOfItsOwn(word) ? word[..^1] : null;

    /// <summary>
    /// 中山路水果, 宜阳大道酒店: a street typed onto what is on it is two words, split after 路, 街, 道 or 巷 (with two
    /// characters or more on each side); read as one, their two-character words would include 路水, which no decision has.
    /// </summary>
    private static string ApartAfterStreet(string text)
    {
        for (var i = 2; i < text.Length - 2; i++)
            if ("路街道巷".Contains(text[i]) && EndsTheStreet(text, i)) return text[..(i + 1)] + " " + ApartAfterStreet(text[(i + 1)..]);
        return text;
    }

    // 道路 and 街道 end a street's word where they stand: split after their last character only.
    private static bool EndsTheStreet(string text, int i) => !(i + 1 < text.Length && "路街道巷".Contains(text[i + 1]));

    /// <summary>A body's everyday name: any of the bodies it names.</summary>
    private static Query BodyFilter(QueryPiece piece) => AnyOf(piece.Bodies.Select(slug => (Query)new TermQuery(new Term(SearchFields.Body, slug))));

    /// <summary>
    /// A word people use for a kind of party (商店, 工厂) also finds the parties of that kind (<see cref="PartyKinds"/>): no
    /// decision calls its party so, and 商店被罚 found nothing.
    /// </summary>
    private static Query OrOfKind(Query words, string text) =>
        PartyKinds.Asked(text) is { } kind ? AnyOf([words, new TermQuery(new Term(SearchFields.PartyKind, kind))]) : words;

    private static Query AnyOf(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries) any.Add(q, Occur.SHOULD);
        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    /// <summary>
    /// The phrases to search for a synonym word: as typed, then the decisions' wording, less each one that another of
    /// them already finds (电子计价秤 beside 计价秤, 未取得食品经营许可 beside 未取得…许可). The same decisions match with
    /// one phrase fewer to look up, and those were the dearest: they are the commonest wording (issue 11's strict p99
    /// is made of such words; BENCHMARKS.md).
    /// </summary>
    internal static IEnumerable<string> Alternatives(string typed, IEnumerable<string> legal)
    {
        var all = legal.Prepend(typed).Distinct(StringComparer.Ordinal).ToList();
        return all.Where(phrase => !all.Any(other => other != phrase && Covers(other, phrase)));
    }

    /// <summary>
    /// Whether every text with <paramref name="specific"/> has <paramref name="general"/>: as a part of it, or, for a
    /// phrase with "…", its sides in order with fewer characters between them than the gap's slop allows.
    /// </summary>
    internal static bool Covers(string general, string specific)
    {
        var sides = general.Split(SynonymGroup.Gap, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (sides.Length == 0) return false;
        var at = specific.IndexOf(sides[0], StringComparison.Ordinal);
        if (at < 0) return false;
        var end = at + sides[0].Length;
        foreach (var side in sides.Skip(1))
        {
            var next = specific.IndexOf(side, end, StringComparison.Ordinal);
            // Each character between moves the side one position: slop counts positions, one more than the gap.
            if (next < 0 || next - end + 1 > GapSlop) return false;
            end = next + side.Length;
        }
        return true;
    }

    /// <summary>The text as a phrase of its bigrams; "…" in it lets a few characters stand between its sides.</summary>
    private static Query? Phrase(Analyzer analyzer, string text, HashSet<string>? terms)
    {
        var segments = text.Split(SynonymGroup.Gap, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phrase = new PhraseQuery();
        var next = 0;
        var count = 0;
        Term? single = null;
        foreach (var segment in segments)
        {
            var tokens = AnalyzedToken.ForQuery(AnalyzedToken.Analyze(analyzer, SearchFields.All, segment));
            if (tokens.Count == 0) continue;
            var first = tokens[0].Position;
            foreach (var t in tokens)
            {
                var term = new Term(SearchFields.All, t.Term);
                phrase.Add(term, next + t.Position - first);
                single = term;
                count++;
                terms?.Add(t.Term);
            }
            next += tokens[^1].Position - first + 1;
        }
        if (count == 0) return null;
        if (count == 1) return new TermQuery(single);
        if (segments.Length > 1) phrase.Slop = GapSlop;
        return phrase;
    }

    /// <summary>
    /// The text's two-character words, anywhere in the decision: its bigrams that do not overlap (百佳超市 → 百佳,
    /// 超市, so 百佳连锁超市 is found), the last one always kept.
    /// </summary>
    /// <summary>Any of the text's words: a clause that ranks, never one that narrows. Null when it has none.</summary>
    private static Query? AnyTerm(Analyzer analyzer, string text)
    {
        var any = new BooleanQuery();
        foreach (var term in AnalyzedToken.Analyze(analyzer, SearchFields.All, text).Select(t => t.Term).Distinct())
            any.Add(new TermQuery(new Term(SearchFields.All, term)), Occur.SHOULD);
        return any.Clauses.Count == 0 ? null : any;
    }

    private static Query? AllTerms(Analyzer analyzer, string text, HashSet<string> terms)
    {
        var all = AnalyzedToken.ForQuery(AnalyzedToken.Analyze(analyzer, SearchFields.All, text));
        if (all.Count == 0) return null;
        var tokens = new List<AnalyzedToken>();
        foreach (var t in all)
            if (tokens.Count == 0 || t.Start >= tokens[^1].End) tokens.Add(t);
        if (!tokens.Contains(all[^1])) tokens.Add(all[^1]);
        terms.UnionWith(tokens.Select(t => t.Term));
        if (tokens.Count == 1) return new TermQuery(new Term(SearchFields.All, tokens[0].Term));
        var every = new BooleanQuery();
        foreach (var t in tokens.Select(t => t.Term).Distinct()) every.Add(new TermQuery(new Term(SearchFields.All, t)), Occur.MUST);
        return every;
    }
}
