using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Search;

/// <summary>
/// Reads what a person typed the way they meant it: dates (2025年3月, 2025.3, 去年, 上个月) become a range on
/// the decision date, amounts (5万, 五万, 伍万, 50,000, 十万以上, 超过十万, 1-5万元) a range on the penalty amounts, a body's
/// everyday name (市监局) a filter, synonym words their group, and filler, places and company suffixes are
/// marked for relaxation. Whatever is left is text. A part that looks like a 文书号 is left whole.
/// </summary>
public static partial class QueryReader
{
    /// <summary>What people call the decisions themselves: after 最近 or 最近一个月 they ask for all of them.</summary>
    private const string DecisionNouns = "(?:行政处罚决定|处罚决定|行政处罚|处罚|决定书|决定|案件|案子|罚单)";

    /// <summary>一个月, 三个月, 半年, 一周 after 最近 or 近: a span of days up to today.</summary>
    private const string RecentSpan = "(?<n>[一两二三六1-9]|半)个?(?<u>月|周|星期|年)";

    // 5w, 3k: 万 and 千 as people type them online (folded to lower case); not before other words (4k电视, 5w灯泡).
    private const string LatinUnit = @"[wk](?![\u4E00-\u9FFF-[元块以左多的罚]])";

    private const string Number = @"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[" + ChineseAmount.NumeralChars + "]+";

    // 罚款 5 万, 2025 年 3 月: a space typed between a number and its unit (phones' keyboards put one there) would
    // make them separate words of the query; they are one amount or one date.
    [GeneratedRegex(@"(?<n>[0-9０-９]+(?:[.,][0-9]+)*|[一二两三四五六七八九十百千]+)[ \u3000]+(?<u>万元|万|千元|千|元|块钱|块|年|月|日|号)")]
    private static partial Regex NumberBesideItsUnit();

    // 去年 11月: one month of that year, not last year and this year's November (which have no day in common).
    [GeneratedRegex(@"(?<y>今年|去年|前年|(?:19|20)[0-9]{2}年)[ \u3000]+(?=(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)")]
    private static partial Regex YearBesideItsMonth();

    [GeneratedRegex(@"(?<hy>今年|去年|前年|(?:19|20)[0-9]{2}\s*年)?\s*(?<half>上半年|下半年)|(?<hy>今年|去年|前年|(?:19|20)[0-9]{2}\s*年)\s*(?<half>年?(?:初|底|末))|(?<ry>今年|去年|前年)?\s*(?<![0-9])(?<mo>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月?\s*(?:到|至|-|~|～)\s*(?<mo2>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?|(?<y>(?:19|20)[0-9]{2})\s*年?\s*(?:到|至|-|~|～)\s*(?<y2>(?:19|20)[0-9]{2})\s*年|(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<since>以来|至今|以后)|(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<m>1[0-2]|0?[1-9])\s*月(?:份|\s*(?<d>3[01]|[12][0-9]|0?[1-9])\s*[日号])?|(?<![0-9])(?<y>(?:19|20)[0-9]{2})[./\-](?<m>1[0-2]|0?[1-9])(?:[./\-](?<d>3[01]|[12][0-9]|0?[1-9]))?(?![0-9])|(?<y>(?:19|20)[0-9]{2})\s*年(?!\s*[0-9])|(?<ry>今年|去年|前年)\s*(?<mo>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?|(?<![0-9０-９A-Za-z.\-近前第满共])(?<yy>1[0-9]|2[0-9])\s*年(?:\s*(?<m>1[0-2]|0?[1-9])\s*月)?(?![0-9０-９前后内来度底初头])|(?<![0-9])(?<ago>[1-9]|10|[一二两三四五六七八九十])(?<agou>年|个月)前(?!天)|(?<fest>国庆节?|十一)(?<when>前|后|期间|假期)|(?<rel>大前年|今年|去年|前年|本月|这个月|上个月|上月|上周|上星期|上个星期|本周|这周|这个星期)|(?:最近|近)" + RecentSpan + "(?:以来|内)?(?:的?" + DecisionNouns + ")?|" + RecentSpan + "(?:以来|内|之内)|(?<![0-9０-９年])(?<md>1[0-2]|0?[1-9])\\s*月\\s*(?<dd>3[01]|[12][0-9]|0?[1-9])\\s*[日号]|(?<![0-9０-９年])(?<mo>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![饼花天亮光季])")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-.])(?<a>" + Number + @")(?<au>万|千|" + LatinUnit + @")?(?:元|块)?\s*(?:-|~|～|到|至)\s*(?<b>" + Number + @")(?<bu>万|千|" + LatinUnit + @")?(?<y>元|块钱?)?(?![A-Za-z0-9])")]
    private static partial Regex AmountRangePattern();

    [GeneratedRegex(@"(?<pre>罚款|罚了|罚)?(?<cmp>超过|高于|大于|多于|不少于|不低于|至少|低于|少于|小于|不到|不足|不超过|超)?(?<![A-Za-z0-9\-.])(?<a>" + Number + @")(?:(?<u>万|千|" + LatinUnit + @")(?<t>[1-9])?)?(?<y>元|块钱?)?(?<q>以上|以下|以内|多|左右)?(?![A-Za-z0-9])")]
    private static partial Regex AmountPattern();

    // 罚了几百块, 几千元, 十几万, 几十万: an amount said without its digits, the range of every number it could be. 一两万,
    // 三四万, 三五万, 两三千: two numerals side by side, from the first to the second.
    [GeneratedRegex(@"(?<pre>罚款)?(?:(?<few>几十|十几|几)(?<u>百|千|万)(?:元|块钱?)?|(?<![一二两三四五六七八九十百千万])(?<a>[一两二三四五六七八])(?<b>[两二三四五六七八九])(?<u>百|千|万)(?:元|块钱?)?)")]
    private static partial Regex FewPattern();

    // 罚款过万, 上万, 过千, 万元以上, 罚款万元以下: ten thousand or a thousand said without its one.
    [GeneratedRegex(@"(?<pre>罚款)?(?:(?<over>过|上|超)(?<u>万|千)(?:元|块)?|(?<![0-9一二两三四五六七八九十百千万])(?<u>万|千)元(?<q>以上|以下|以内))")]
    private static partial Regex RoundPattern();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF]{2})法(?=第[一二三四五六七八九十百零〇0-9]+条)")]
    private static partial Regex LawThenArticle();

    // 罚款最多的, 罚得最重的超市, 最高罚款, 罚款金额最大: not words to find but an order, the largest amounts first.
    [GeneratedRegex(@"(?:罚款|罚没|罚金|罚得|罚的|罚|金额)\s*(?:金额|数额)?\s*(?:最多|最高|最大|最重|最狠)的?|(?:最多|最高|最大|最重)的?\s*(?:一笔)?(?:罚款|罚单|罚没)|(?:罚款|罚没|金额)(?:金额)?(?:排名|排行|从高到低|从多到少|由高到低|由多到少)"
        // 罚款多的, 罚得多, 罚款很多, 罚得很重: the same wish said without 最; 多 then ends the words (罚款多少 asks how much,
        // 罚款多于 is an amount, 罚款多次 is 屡教不改).
        + @"|(?:罚款|罚没|罚金|罚得|罚的)\s*(?:金额|数额)?\s*(?:(?:很|较|比较|特别|非常|挺)(?:多|高|重|大)(?![于少次久])的?|(?:多|高|重|大)(?:的|(?=\s|$)))")]
    private static partial Regex LargestFirstPattern();

    // 罚款最少的, 最低罚款, 罚得最轻: the smallest amounts first (最低 is an order here, not a word of an advertisement).
    [GeneratedRegex(@"(?:罚款|罚没|罚金|罚得|罚的|罚|金额)\s*(?:金额|数额)?\s*(?:最少|最低|最小|最轻)的?|(?:最少|最低|最小|最轻)的?\s*(?:一笔)?(?:罚款|罚单|罚没)|(?:罚款|罚没|金额)(?:金额)?(?:从低到高|从少到多|由低到高|由少到多)")]
    private static partial Regex SmallestFirstPattern();

    // 最近的处罚, 最新处罚, 近期: not words to find (no decision says 最新) but an order, the newest first. A span
    // (最近一个月, 近三个月, 近半年) is read as dates by DatePattern before this.
    [GeneratedRegex(@"(?:最近|最新|近期|新近)(?!" + RecentSpan + ")(?:的|公布的|公示的)?(?:" + DecisionNouns + "|公示)?")]
    private static partial Regex NewestFirstPattern();

    // 罚了多少钱, 被罚多少, 罚款是多少: a question every hit answers (its amount is on it), not words a decision has; with
    // what asks it (要罚多少钱, 会被罚多少), or 要 and 会 were left to search for (46 of 320 expired-food cases have 要).
    [GeneratedRegex(@"(?:(?:要|会|将)?被|要|会|将)?罚(?:了|款|款金额|没金额)?(?:是|有)?多少(?:钱|元)?|多少钱")]
    private static partial Regex HowMuchPattern();

    public static ReadQuery Read(string text, QueryLexicon lexicon, DateOnly today)
    {
        // 罰款最多 is read as 罚款最多: the orders and questions below are written in simplified characters.
        text = TraditionalToSimplified.Fold(text);
        var asked = text;
        var largestFirst = LargestFirstPattern().IsMatch(text);
        if (largestFirst) text = LargestFirstPattern().Replace(text, " ");
        var smallestFirst = !largestFirst && SmallestFirstPattern().IsMatch(text);
        if (smallestFirst) text = SmallestFirstPattern().Replace(text, " ");
        text = HowMuchPattern().Replace(text, " ");
        var newestFirst = NewestFirstPattern().IsMatch(text);
        if (newestFirst) text = NewestFirstPattern().Replace(text, " ");
        // 食品安全法第一百二十四条: the law and its article apart, as decisions write 《食品安全法》第一百二十四条.
        text = LawThenArticle().Replace(text, "$0 ");
        var input = UserQuery.Parse(YearBesideItsMonth().Replace(NumberBesideItsUnit().Replace(text, "${n}${u}"), "${y}"));
        var parts = JoinWordsSplitBySpaces(input, lexicon)
            .Select(p => input.Quoted.Contains(p) ? new QueryPart(QueryText.Normalize(p), [new QueryPiece(PieceKind.Text, QueryText.Normalize(p))]) { Exact = true } : ReadPart(p, lexicon, today))
            .Where(p => p.Pieces.Count > 0).ToList();
        // 文书号：宜市监处罚〔2025〕12号, copied with its label: the label is no part of the number's keys (with a colon it
        // stuck to the number and the live decision was not found, while the hint said it may have ended).
        var unlabelled = UserQuery.Parse(DecisionNumberQuery.WithoutLabel(input.Text));
        var numberKeys = unlabelled.Parts.Prepend(unlabelled.Text).Select(DecisionNumberKey.Normalize)
            .Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var numbers = DecisionNumberQuery.Numbers(unlabelled).ToList();
        var looseKeys = numbers.Select(n => n.Loose).Distinct(StringComparer.Ordinal).ToList();
        var nearKeys = numbers.SelectMany(n => DecisionNumberKey.NearKeys(n.Typed, n.Loose))
            .Except(looseKeys, StringComparer.Ordinal).ToList();
        // 最近一个月 is dates (DatePattern, read with the parts) and, as 最近 alone, the newest first: no other date starts with 最近 or 近.
        newestFirst |= parts.Any(p => p.Pieces.Any(x => x.Kind == PieceKind.Date && x.Text[0] is '最' or '近'));
        // 哪家罚款最多, 罚款最多的是哪家, 谁罚得最多: once the order is read, what is left only asks which; every decision answers.
        var ordered = largestFirst || smallestFirst || newestFirst;
        if (ordered && parts.Count > 0 && parts.All(p => !p.Exact && p.Pieces.All(x => x.Filler))) parts = [];
        return new ReadQuery(ordered && parts.Count == 0 ? "" : input.Text, parts, numberKeys, looseKeys)
        {
            NearNumberKeys = nearKeys,
            LargestFirst = largestFirst, SmallestFirst = smallestFirst, NewestFirst = newestFirst && !largestFirst && !smallestFirst,
            // 被罚, 罚了多少钱, 罚款最多的, 处罚: whoever writes 罚 asks about penalties, which only decisions have.
            DecisionsOnly = asked.Contains('罚'),
        };
    }

    /// <summary>
    /// 缺斤 少两, 没有 营业执照, 假 货: a space typed inside a known word (a synonym word or a body's name; a phone keyboard
    /// puts one between words) left parts that each mean something else, and found nothing, or, as 无 证 did, a cement
    /// works whose text has 无 and 证 apart. The parts such a word spans are read as one, as if typed without the space;
    /// a space no known word spans still separates two words (中山路 眼镜店, 超市 过期). Quoted parts are never joined.
    /// </summary>
    private static List<string> JoinWordsSplitBySpaces(UserQuery input, QueryLexicon lexicon)
    {
        var parts = new List<string>();
        var run = new List<string>();
        foreach (var part in input.Parts)
        {
            if (!input.Quoted.Contains(part))
            {
                run.Add(part);
                continue;
            }
            parts.AddRange(JoinSpanned(JoinLoneCharacters(run), lexicon));
            run.Clear();
            parts.Add(part);
        }
        parts.AddRange(JoinSpanned(JoinLoneCharacters(run), lexicon));
        return parts;
    }

    /// <summary>
    /// 李 明, 张 小 明: a name typed a character at a time, each apart. Apart, each character was found anywhere, and
    /// 李 明 listed 明亮眼镜店 and 李红梅小吃店 as exact matches; side by side, lone characters are one word.
    /// </summary>
    private static List<string> JoinLoneCharacters(List<string> run)
    {
        static bool Lone(string part) => part.Length == 1 && part[0] is >= '\u4E00' and <= '\u9FFF';
        var joined = new List<string>();
        for (var k = 0; k < run.Count; k++)
        {
            if (k > 0 && Lone(run[k]) && Lone(run[k - 1])) joined[^1] += run[k];
            else joined.Add(run[k]);
        }
        return joined;
    }

    /// <summary>The parts, each two neighbours joined where a known word of their text read together spans the space.</summary>
    private static List<string> JoinSpanned(List<string> run, QueryLexicon lexicon)
    {
        if (run.Count < 2) return [.. run];
        var folded = run.Select(QueryText.Normalize).ToList();
        var words = lexicon.MeaningfulWords(string.Concat(folded)).ToList();
        var joined = new List<string> { run[0] };
        var space = folded[0].Length;
        for (var k = 1; k < run.Count; k++)
        {
            if (words.Any(w => w.Start < space && space < w.End)) joined[^1] += run[k];
            else joined.Add(run[k]);
            space += folded[k].Length;
        }
        return joined;
    }

    public static QueryPart ReadPart(string part, QueryLexicon lexicon, DateOnly today)
    {
        var text = QueryText.Normalize(part);
        // A 文书号 is matched by its keys or as written, never loosened into other decisions' words.
        if (DecisionNumberKey.Loose(text) is not null) return new QueryPart(text, [new QueryPiece(PieceKind.Text, text)]) { Exact = true };

        // Dates and amounts first (they are patterns), then known words in what is left, longest first.
        var found = new List<(int Start, int End, QueryPiece Piece)>();
        foreach (Match m in DatePattern().Matches(text))
            if (DateRange(m, today) is { } range) found.Add((m.Index, m.Index + m.Length, range));
        foreach (Match m in RoundPattern().Matches(text))
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                var unit = Unit(m.Groups["u"].Value);
                var (from, to) = m.Groups["q"].Value is "以下" or "以内" ? (0m, unit) : (unit, decimal.MaxValue / 1000);
                found.Add((m.Groups["pre"].Success ? m.Groups["pre"].Index + 2 : m.Index, m.Index + m.Length, Amount(m.Value, from, to) with { FineOnly = m.Groups["pre"].Success }));
            }
        // 几十万 before the amounts, which would read its 十万 alone.
        foreach (Match m in FewPattern().Matches(text))
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End) && Few(m) is { } few)
                found.Add((m.Index, m.Index + m.Length, few));
        foreach (var pattern in new[] { AmountRangePattern(), AmountPattern() })
            foreach (Match m in pattern.Matches(text))
                if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End) && AmountRange(m) is { } range)
                    // 超过, 不到 … belong to the amount; 罚款 before it stays a word of the query.
                    found.Add((m.Groups["cmp"].Success ? m.Groups["cmp"].Index : m.Groups["a"].Index, m.Index + m.Length, range));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        var pieces = new List<QueryPiece>();
        var at = 0;
        foreach (var (start, end, piece) in found)
        {
            Words(text[at..start], lexicon, pieces);
            pieces.Add(piece);
            at = end;
        }
        Words(text[at..], lexicon, pieces);
        return new QueryPart(text, pieces);
    }

    /// <summary>Splits a stretch without dates or amounts into known words and text.</summary>
    private static void Words(string segment, QueryLexicon lexicon, List<QueryPiece> pieces)
    {
        var first = pieces.Count;
        var text = new StringBuilder();
        for (var i = 0; i < segment.Length;)
        {
            // A word for a kind of party (工厂, a Text piece of the lexicon) opens a word, never ends one: 工厂罚款 is 工厂 and
            // 罚款, while 化工厂 and 酒店家具 stay whole (not 化 and 工厂, 酒 and 店家).
            if (lexicon.Match(segment, i, wholeSegment: true) is { } known && (known.Kind != PieceKind.Text || text.Length == 0))
            {
                Flush();
                // 假的电线: 假的 before the goods, read as 假电线 is.
                pieces.Add(known.Text == "假的" && i + known.Text.Length < segment.Length ? FakeOrShoddy(known, lexicon) : known);
                i += known.Text.Length;
            }
            // 假洗发水, 卖假运动鞋的: 假 opening a word says the goods were fake, as 假的 does (假的洗发水 was found, 假洗发水
            // was not); not where 假 starts a word of its own (假期, 假日酒店, 假发).
            else if (segment[i] == '假' && text.Length == 0 && segment.Length - i >= 3 && !NotFake.Any(w => segment.AsSpan(i).StartsWith(w, StringComparison.Ordinal))
                     && lexicon.Match("假的", 0, wholeSegment: true) is { Kind: PieceKind.Synonym } fake)
            {
                pieces.Add(FakeOrShoddy(fake, lexicon));
                i++;
            }
            else text.Append(segment[i++]);
        }
        Flush();
        JoinWordsSplitInTheMiddle(pieces, first);

        void Flush()
        {
            var t = text.ToString().Trim();
            // Punctuation alone searches for nothing; the analyzer would drop it anyway.
            if (t.Any(char.IsLetterOrDigit)) pieces.Add(new QueryPiece(PieceKind.Text, t));
            text.Clear();
        }
    }

    /// <summary>
    /// A one-character filler with a lone character on each side is the middle of a word (小卖部, 外卖店), not
    /// filler: dropped, it would leave two unrelated characters to search for. The three become one text piece.
    /// (Beside one lone character only, as in 卖药的, the filler stays: 药 is what was meant.)
    /// </summary>
    private static void JoinWordsSplitInTheMiddle(List<QueryPiece> pieces, int first)
    {
        static bool Lone(QueryPiece p) => p.Kind == PieceKind.Text && p.Text.Length == 1;
        for (var i = pieces.Count - 2; i > first; i--)
            if (pieces[i].Kind == PieceKind.Droppable && pieces[i].Text.Length == 1 && Lone(pieces[i - 1]) && Lone(pieces[i + 1]))
            {
                pieces[i - 1] = new QueryPiece(PieceKind.Text, pieces[i - 1].Text + pieces[i].Text + pieces[i + 1].Text);
                pieces.RemoveRange(i, 2);
            }
    }

    /// <summary>
    /// 假 before the goods (假电线, 假的电线): what people call fake goods is as often substandard (不合格) as counterfeit, so
    /// the piece finds either; 电线 was dropped to find the counterfeit shoes instead of the substandard wires.
    /// </summary>
    private static QueryPiece FakeOrShoddy(QueryPiece fake, QueryLexicon lexicon) =>
        fake.Group is { } counterfeit && lexicon.Match("伪劣", 0, wholeSegment: true) is { Kind: PieceKind.Synonym, Group: { } shoddy } && shoddy != counterfeit
            ? fake with { Group = counterfeit with { Legal = [.. counterfeit.Legal, .. shoddy.Legal] } }
            : fake;

    /// <summary>Words that start with 假 and do not mean fake goods.</summary>
    private static readonly string[] NotFake = ["假期", "假日", "假如", "假设", "假使", "假若", "假装", "假条", "假肢", "假发", "假山", "假牙", "假睫毛", "假名"];

    private static int Month(string said) => said switch
    {
        "十" => 10, "十一" => 11, "十二" => 12, var v when char.IsAsciiDigit(v[0]) => int.Parse(v), var v => "一二三四五六七八九".IndexOf(v[0]) + 1,
    };

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static QueryPiece? DateRange(Match m, DateOnly today)
    {
        DateOnly from, to;
        var rel = m.Groups["rel"];
        if (m.Groups["half"].Success)
        {
            // 今年上半年, 2025年下半年, 去年年底: January to June, July to December, the first or the last three months; this
            // year's when no year is said.
            var said = m.Groups["hy"].Value.Replace(" ", "").TrimEnd('年');
            var year = said switch { "" or "今" => today.Year, "去" => today.Year - 1, "前" => today.Year - 2, var y => int.Parse(y) };
            // 去年底, 2025年底 as 去年年底 (the eleventh search round's: only the latter was read).
            var (first, months) = m.Groups["half"].Value switch { "上半年" => (1, 6), "下半年" => (7, 6), var early when early.EndsWith('初') => (1, 3), _ => (10, 3) };
            from = new DateOnly(year, first, 1);
            to = from.AddMonths(months).AddDays(-1);
        }
        else if (m.Groups["mo2"].Success)
        {
            // 今年1-6月, 1到6月: the months between, both whole; this year's unless another is said.
            var (a, b) = (Month(m.Groups["mo"].Value), Month(m.Groups["mo2"].Value));
            var year = m.Groups["ry"].Value switch { "去年" => today.Year - 1, "前年" => today.Year - 2, _ => today.Year };
            from = new DateOnly(year, Math.Min(a, b), 1);
            to = new DateOnly(year, Math.Max(a, b), 1).AddMonths(1).AddDays(-1);
        }
        else if (m.Groups["mo"].Success)
        {
            // 十一月, 3月份: that month, this year's if it has begun, else last year's; 去年十一月, 今年三月份: that year's.
            var mo = Month(m.Groups["mo"].Value);
            var year = m.Groups["ry"].Value switch
            {
                "今年" => today.Year,
                "去年" => today.Year - 1,
                "前年" => today.Year - 2,
                _ => mo <= today.Month ? today.Year : today.Year - 1,
            };
            var first = new DateOnly(year, mo, 1);
            (from, to) = (first, first.AddMonths(1).AddDays(-1));
        }
        else if (m.Groups["y2"].Success)
        {
            // 2024年到2025年: both years whole, in either order.
            var (a, b) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["y2"].Value));
            (from, to) = (new DateOnly(Math.Min(a, b), 1, 1), new DateOnly(Math.Max(a, b), 12, 31));
        }
        else if (m.Groups["since"].Success)
            // 2024年以来: from that year's first day to today.
            (from, to) = (new DateOnly(int.Parse(m.Groups["y"].Value), 1, 1), today);
        else if (m.Groups["n"].Success)
        {
            // 最近一个月, 近三个月, 近半年, 最近一周: the days up to today.
            var n = m.Groups["n"].Value switch { "一" => 1, "两" or "二" => 2, "三" => 3, "六" => 6, "半" => 0, var d => int.Parse(d) };
            (from, to) = (m.Groups["u"].Value, n) switch
            {
                ("年", 0) => (today.AddMonths(-6), today),
                ("年", _) => (today.AddYears(-n), today),
                ("月", 0) => (today.AddDays(-15), today),
                ("月", _) => (today.AddMonths(-n), today),
                (_, 0) => (today.AddDays(-3), today),
                _ => (today.AddDays(-7 * n), today),
            };
        }
        else if (m.Groups["md"].Success)
        {
            // 9月9日, 3月12号: that day, this year's if it has come, else last year's.
            var (mo, d) = (int.Parse(m.Groups["md"].Value), int.Parse(m.Groups["dd"].Value));
            var year = new DateOnly(today.Year, mo, 1) <= today ? today.Year : today.Year - 1;
            if (d > DateTime.DaysInMonth(year, mo)) return null;
            from = to = new DateOnly(year, mo, d);
        }
        else if (m.Groups["ago"].Success)
        {
            // 三年前, 3年前: that year, whole; 两个月前: that month (the sixth round's leftovers: 三年前 found nothing).
            var n = Month(m.Groups["ago"].Value.Replace("两", "二"));
            if (m.Groups["agou"].Value == "年") (from, to) = (new DateOnly(today.Year - n, 1, 1), new DateOnly(today.Year - n, 12, 31));
            else
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-n);
                (from, to) = (first, first.AddMonths(1).AddDays(-1));
            }
        }
        else if (m.Groups["fest"].Success)
        {
            // 国庆前, 国庆期间, 十一后: around the last National Day that has come, September, its week, or the rest of October.
            var year = today >= new DateOnly(today.Year, 10, 1) ? today.Year : today.Year - 1;
            (from, to) = m.Groups["when"].Value switch
            {
                "前" => (new DateOnly(year, 9, 1), new DateOnly(year, 9, 30)),
                "后" => (new DateOnly(year, 10, 8), new DateOnly(year, 10, 31)),
                _ => (new DateOnly(year, 10, 1), new DateOnly(year, 10, 7)),
            };
        }
        else if (rel.Success)
        {
            var month = new DateOnly(today.Year, today.Month, 1);
            (from, to) = rel.Value switch
            {
                "今年" => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
                "去年" => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
                "前年" => (new DateOnly(today.Year - 2, 1, 1), new DateOnly(today.Year - 2, 12, 31)),
                "大前年" => (new DateOnly(today.Year - 3, 1, 1), new DateOnly(today.Year - 3, 12, 31)),
                "本月" or "这个月" => (month, month.AddMonths(1).AddDays(-1)),
                // A week starts on Monday: 上周 is last Monday to last Sunday, 本周 this Monday to today.
                "上周" or "上星期" or "上个星期" => (Monday(today).AddDays(-7), Monday(today).AddDays(-1)),
                "本周" or "这周" or "这个星期" => (Monday(today), today),
                _ => (month.AddMonths(-1), month.AddDays(-1)),
            };
        }
        else
        {
            // 24年, 24年3月: a year as people say it, this century's, and not one still to come (30年 is a span of years).
            var year = m.Groups["yy"].Success ? 2000 + int.Parse(m.Groups["yy"].Value) : int.Parse(m.Groups["y"].Value);
            if (m.Groups["yy"].Success && year > today.Year) return null;
            if (!m.Groups["m"].Success) (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            else
            {
                var month = new DateOnly(year, int.Parse(m.Groups["m"].Value), 1);
                (from, to) = (month, month.AddMonths(1).AddDays(-1));
                if (m.Groups["d"].Success)
                {
                    var day = int.Parse(m.Groups["d"].Value);
                    if (day > to.Day) return null;
                    from = to = new DateOnly(year, month.Month, day);
                }
            }
        }
        return new QueryPiece(PieceKind.Date, m.Value) { From = SearchIndexBuilder.DateKey(from), To = SearchIndexBuilder.DateKey(to) };
    }

    private static bool HasUnitInside(string numerals) => numerals.Length > 1 && !char.IsAsciiDigit(numerals[0]) && numerals.AsSpan(1).IndexOfAny('万', '千') >= 0;

    private static QueryPiece? AmountRange(Match m)
    {
        var a = m.Groups["a"].Value;
        var yuan = m.Groups["y"].Success;
        // 36090067294, an officer's certificate or any long code: nine digits or more in a row are a number to find,
        // not an amount (a fine of hundreds of millions is written with 万 or 亿, or grouped with commas).
        if (a.Length >= 9 && a.All(char.IsAsciiDigit)) return null;
        if (m.Groups["b"].Success)
        {
            var bUnit = Unit(m.Groups["bu"].Value);
            var aUnit = m.Groups["au"].Success ? Unit(m.Groups["au"].Value) : bUnit;
            // 3-5 is not an amount without 元 or 万; 一万到两万 has its 万 inside the numerals.
            if (!yuan && aUnit == 1 && bUnit == 1 && !HasUnitInside(a) && !HasUnitInside(m.Groups["b"].Value)) return null;
            if (ChineseAmount.Parse(a) is not { } low || ChineseAmount.Parse(m.Groups["b"].Value) is not { } high) return null;
            return Amount(m.Value, low * aUnit, high * bUnit);
        }

        var unit = Unit(m.Groups["u"].Value);
        var qualifier = m.Groups["q"].Value is { Length: > 0 } after ? after : m.Groups["cmp"].Value switch
        {
            "超过" or "超" or "高于" or "大于" or "多于" or "不少于" or "不低于" or "至少" => "以上",
            "" => "",
            _ => "以下",
        };
        var arabic = char.IsAsciiDigit(a[0]);
        var isAmount = arabic
            ? unit > 1 || yuan || qualifier.Length > 0 || m.Groups["pre"].Success || a.Contains(',') || a.Replace(".", "").Length >= 5
                // 8000 typed alone is the fine people remember; 2025 and 1998 are years.
                || a.Length == 4 && !a.StartsWith("19", StringComparison.Ordinal) && !a.StartsWith("20", StringComparison.Ordinal)
            // A Chinese numeral is an amount only with a digit and a unit (五万, 十万, 三千元), or after 罚 (罚了八百): 一品, 百佳 and
            // 万佳 are names.
            : (unit > 1 || yuan || a.Contains('万') || a.Contains('千') || m.Groups["pre"].Success) && a.Any(c => "一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾".Contains(c));
        if (!isAmount || ChineseAmount.Parse(a) is not { } value) return null;
        // 1万2 is 12000 and 3千5 is 3500, as 一万二 and 三千五 are: the digit after the unit counts in the next unit down.
        value = value * unit + (m.Groups["t"].Success ? (m.Groups["t"].Value[0] - '0') * unit / 10 : 0);
        var (from, to) = qualifier switch
        {
            "以上" => (value, decimal.MaxValue / 1000),
            "以下" or "以内" => (0m, value),
            // 五万多 is 50,000 to 59,999, 1500多 1,500 to 1,599: up to the next step of the last digit said (not 1.5 times,
            // which put fines of 60,000 and 75,000 under 五万多).
            "多" => (value, value + Step(value) - 1),
            "左右" => (value * 0.9m, value * 1.1m),
            _ => (value, value),
        };
        // 罚款1000元以下 is the fine's amount; 罚了, 罚 may be any penalty's (a confiscation is 罚没 too).
        return Amount(m.Value, from, to) with { FineOnly = m.Groups["pre"].Value == "罚款" };
    }

    private static QueryPiece? Few(Match m)
    {
        var unit = Unit(m.Groups["u"].Value);
        if (m.Groups["a"].Success)
        {
            var (a, b) = (Digit(m.Groups["a"].Value[0]), Digit(m.Groups["b"].Value[0]));
            // 三四万 is 30,000 to 40,000, 三五万 30,000 to 50,000; the larger said second.
            return b > a ? Amount(m.Value, a * unit, b * unit) with { FineOnly = m.Groups["pre"].Success } : null;
        }
        var (from, to) = m.Groups["few"].Value switch
        {
            "几十" => (10 * unit, 100 * unit - 1),
            "十几" => (11 * unit, 20 * unit - 1),
            _ => (unit, 10 * unit - 1),
        };
        // 罚款几百块: the fine's, as 罚款1000元以下 is (not a decision fined thousands whose confiscation was hundreds).
        return Amount(m.Value, from, to) with { FineOnly = m.Groups["pre"].Success };
    }

    /// <summary>The place of a round number's last non-zero digit: 10,000 for 50,000, 100 for 1,500, 1 for 1,234.</summary>
    private static decimal Step(decimal value)
    {
        var step = 1m;
        while (value >= step * 10 && value % (step * 10) == 0) step *= 10;
        return step;
    }

    private static int Digit(char c) => c == '两' ? 2 : "一二三四五六七八九".IndexOf(c) + 1;

    private static decimal Unit(string unit) => unit switch { "万" or "w" => 10000m, "千" or "k" => 1000m, "百" => 100m, _ => 1m };

    private static QueryPiece Amount(string text, decimal fromYuan, decimal toYuan) =>
        new(PieceKind.Amount, text)
        {
            From = SearchIndexBuilder.Fen(Math.Min(fromYuan, toYuan)), To = SearchIndexBuilder.Fen(Math.Max(fromYuan, toYuan)),
        };
}
