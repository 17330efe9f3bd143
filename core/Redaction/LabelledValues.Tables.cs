using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// Names in a Markdown table that puts the role in a cell of its own: beside it in the same row
    /// (| 周德胜 | 证人 |), or under a column headed by it (| 证人姓名 | 联系电话 |). A role written before the
    /// name in one cell (| 证人：周德胜 |) is read like prose by <see cref="Find"/>.
    /// </summary>
    private static void TableNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        List<(int Start, int End)>? header = null;
        var roleColumns = new HashSet<int>();
        var addressColumns = new HashSet<int>();
        var factColumns = new Dictionary<int, string>();
        var officers = false;
        var namesColumn = false;
        for (var lineStart = 0; lineStart < s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            var cells = Cells(s, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (cells is null) { header = null; continue; }
            if (cells.All(c => IsDelimiter(s, c))) continue;
            if (header is null)
            {
                header = cells;
                officers = cells.Any(c => s.AsSpan(c.Start, c.End - c.Start).Contains("执法证", StringComparison.Ordinal));
                roleColumns.Clear();
                // | 执法人员 | 执法证号 |: officers are named on purpose, whatever their column's title.
                if (!officers) for (var i = 0; i < cells.Count; i++) if (RoleIn(s, cells[i], policy, exact: false)) roleColumns.Add(i);
                // | 收款人 | 张建国 |⏎| 金额 | 5000元 |: a form written as a table of fields and values, whose first row is a
                // field like the rest, not a header: the cells below 收款人 are other fields' names (金额 read as 金某某).
                if (roleColumns.Any(i => i + 1 < cells.Count && !RoleIn(s, cells[i + 1], policy, exact: false)
                        && WholeCellName(s, cells[i + 1]) is { Name: { } value } && IsPersonsName(value, policy)))
                    roleColumns.Clear();
                // | 姓名 | 性别 | 出生年月 | 住址 |: 姓名 alone may head a list of officers; beside a person's particulars it is persons'.
                var names = PersonsTable(s, cells);
                namesColumn = names >= 0;
                if (namesColumn && !officers) roleColumns.Add(names);
                // | 收件人 | 电话 | 收件地址 |: the addresses of the persons the table lists, or of a natural party's.
                addressColumns.Clear();
                if (policy.NaturalParty || roleColumns.Count > 0)
                    for (var i = 0; i < cells.Count; i++) if (IsAddressHeader(s, cells[i])) addressColumns.Add(i);
                // | 患者姓名 | 年龄 | 出生日期 | 诊断 |: what the table says of each person it lists.
                factColumns.Clear();
                if (policy.NaturalParty || roleColumns.Count > 0)
                    for (var i = 0; i < cells.Count; i++) if (FactHeader(s, cells[i]) is { } kind) factColumns[i] = kind;
            }
            if (!ReferenceEquals(cells, header))
                foreach (var (i, kind) in factColumns)
                    if (i < cells.Count && cells[i].End > cells[i].Start && !s.AsSpan(cells[i].Start, cells[i].End - cells[i].Start).Contains('【')
                        && (kind != MaskKinds.Minor || AgesAndBirthDates.Years(s[cells[i].Start..cells[i].End].TrimEnd('岁', '周')) is > 0 and < 18)
                        && (!IsNumberKind(kind) || s[cells[i].Start..cells[i].End].Count(char.IsAsciiDigit) >= 5))
                        found.Add(new(cells[i].Start, cells[i].End, kind));
            if (!ReferenceEquals(cells, header))
                foreach (var i in addressColumns)
                    if (i < cells.Count && Address(s, cells[i].Start) is { } home && home.End <= cells[i].End) found.Add(home);
            // | 童家豪 | 未成年，14周岁 |: a row that says its person is a child names the child, whatever the header says.
            // | 姓名 | 职务 | 执法证号 |: a column of officers' numbers makes a table of officers, named on purpose whatever their
            // post (| 张静 | 科室主任 |).
            // | 1 | 刘海波 | 男 | 厨师 | 高中 |: under a header that says which column holds the names, a role in the row
            // says nothing of the other cells (高中 is a schooling).
            var rowHasRole = !officers && !namesColumn && cells.Any(c => RoleIn(s, c, policy, exact: true))
                || !ReferenceEquals(cells, header) && cells.Any(c => s.AsSpan(c.Start, c.End - c.Start).Contains("未成年", StringComparison.Ordinal));
            for (var i = 0; i < cells.Count; i++)
                if ((rowHasRole || roleColumns.Contains(i) && !ReferenceEquals(cells, header)) && WholeCellName(s, cells[i]) is { } name
                    && !IsInPartyName(name, policy) && !(name.Name is { Length: 2 } two && Surnames.IsCommonWord(two))
                    // | 顾客 | 商品 | 单价 | 金额 |: beside a role in a header of three columns or more over a delimiter row,
                    // a column's title, not a name (| 当事人 | 王小明 | over one is a form written as a table: its names count).
                    && !(ReferenceEquals(cells, header) && (InWideTableHeader(s, cells[i].Start) || IsEverydayWord(name.Name!))))
                    found.Add(name);
        }
    }

    /// <summary>
    /// Names (and homes) in a table typed with tabs or runs of spaces, as a spreadsheet pasted into a decision leaves it:
    /// the column headed 姓名, 名字 or a role (购买人, 收货人, 户主) in the row that opens the table, in each row under it
    /// (工号  姓名  手机⏎017  甄德明  135…). Not a table of officers (a 执法证号 column).
    /// </summary>
    private static void SpacedTableNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        int nameColumn = -1, addressColumn = -1;
        var inTable = false;
        for (var lineStart = 0; lineStart < s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            var cells = SpacedCells(s, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (cells.Count < 3) { inTable = false; nameColumn = addressColumn = -1; continue; }
            if (!inTable)
            {
                inTable = true;
                nameColumn = NameColumn(s, cells, policy);
                addressColumn = nameColumn < 0 ? -1 : cells.FindIndex(c => IsAddressHeader(s, c));
                continue;
            }
            if (nameColumn >= 0 && nameColumn < cells.Count && WholeCellName(s, cells[nameColumn]) is { } name && !IsInPartyName(name, policy)) found.Add(name);
            if (addressColumn >= 0 && addressColumn < cells.Count && Address(s, cells[addressColumn].Start) is { } home && home.End <= cells[addressColumn].End) found.Add(home);
        }
    }

    /// <summary>
    /// A table typed with single spaces (日期 购买人 数量 金额⏎3月2日 廖春生 20斤 160元): read only under a header row of three
    /// short words or more, one of them 姓名, 名字 or a role, and only for the rows with as many words as the header. Prose
    /// with a space in it is not split: no header starts it.
    /// </summary>
    private static void SingleSpacedTableNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        var nameColumn = -1;
        var columns = 0;
        for (var lineStart = 0; lineStart < s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            // A header is a short line with two spaces at least: most lines are not split at all.
            if (nameColumn < 0 && (lineEnd - lineStart > 48 || s.AsSpan(lineStart, lineEnd - lineStart).Count(' ') < 2))
            {
                lineStart = lineEnd + 1;
                continue;
            }
            var cells = SingleSpacedCells(s, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (nameColumn >= 0 && cells.Count == columns)
            {
                if (WholeCellName(s, cells[nameColumn]) is { } name && !IsInPartyName(name, policy)) found.Add(name);
                continue;
            }
            nameColumn = -1;
            if (cells.Count < 3 || cells.Any(c => c.End - c.Start > 6 || !s.AsSpan(c.Start, c.End - c.Start).ContainsAnyInRange('\u4E00', '\u9FFF'))) continue;
            nameColumn = NameColumn(s, cells, policy);
            columns = cells.Count;
        }
    }

    /// <summary>
    /// 销售台账：⏎3月1日 刘海波 5箱 500元⏎3月2日 李秀英 3箱 300元: a ledger pasted with no header row. Two lines running or more
    /// with as many words, each opening with a date and ending in a quantity or an amount; a word between that reads as a
    /// name is a buyer's or a payer's (a product there, 3月1日 白酒 5箱, reads as no name).
    /// </summary>
    private static void LedgerRowNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        var rows = new List<List<(int Start, int End)>>();
        for (var lineStart = 0; lineStart <= s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            // A ledger's line is short, its words split by single spaces or by a spreadsheet's tabs and runs of spaces.
            var cells = lineEnd - lineStart is > 6 and <= 60 ? SingleSpacedCells(s, lineStart, lineEnd) is { Count: > 0 } single ? single : SpacedCells(s, lineStart, lineEnd) : [];
            lineStart = lineEnd + 1;
            var isRow = cells.Count >= 3 && LedgerDate().IsMatch(s.AsSpan(cells[0].Start, cells[0].End - cells[0].Start))
                && LedgerQuantity().IsMatch(s.AsSpan(cells[^1].Start, cells[^1].End - cells[^1].Start));
            if (isRow && (rows.Count == 0 || rows[0].Count == cells.Count)) { rows.Add(cells); continue; }
            NamesInLedgerRows(s, rows, policy, found);
            rows.Clear();
            if (isRow) rows.Add(cells);
        }
        NamesInLedgerRows(s, rows, policy, found);
    }

    private static void NamesInLedgerRows(string s, List<List<(int Start, int End)>> rows, LabelPolicy policy, List<LabelledValue> found)
    {
        if (rows.Count < 2) return;
        // A column of names in every row: a product reads as a name now and then (白酒), never down a whole column (啤酒);
        // and half of them of three characters, as most people's names are and few brands or goods (万达, 苏宁, 国美; 宋体).
        for (var c = 1; c < rows[0].Count - 1; c++)
        {
            var names = rows.Select(row => LedgerName(s, row[c], policy)).ToList();
            if (names.All(n => n is not null) && 2 * names.Count(n => n!.Value.Name!.Length == 3) >= names.Count)
                found.AddRange(names.Where(n => !IsInPartyName(n!.Value, policy)).Select(n => n!.Value));
        }
    }

    private static LabelledValue? LedgerName(string s, (int Start, int End) cell, LabelPolicy policy) =>
        WholeCellName(s, cell) is { Name: { } text } name && IsPersonsName(text, policy) && !GoodsEndings.Contains(text[^1])
        && !(text.Length == 3 && text[^1] == '子') ? name : null;

    /// <summary>
    /// What a product, a plant or a brand ends in (白酒, 米粉, 金针菇, 陈醋, 何首乌, 杨树, 钟表, 张记, 汪氏): never a given
    /// name in a ledger's column (the tenth over-mask round's).
    /// </summary>
    private const string GoodsEndings = "酒茶油米面糖盐烟肉菜鱼蛋奶水果瓜豆粉饼糕布鞋衣药菇木醋斛乌卜树表管记氏粮麦薯姜蒜椒橘橙柑柚莓栗笋";

    [GeneratedRegex("^(?:[0-9]{4}[-./年])?[0-9]{1,2}[-./月][0-9]{1,2}日?$")]
    private static partial Regex LedgerDate();

    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+)?(?:元|箱|瓶|斤|公斤|千克|克|袋|件|桶|包|盒|条|个|只|头|吨|份|支|块|张|把|套|台|罐|kg|KG)$")]
    private static partial Regex LedgerQuantity();

    /// <summary>
    /// In the header row of a table typed with spaces, the column headed 姓名, 名字 or a role (购买人, 收货人, 户主); -1 for
    /// none, or for a table of officers (a 执法 column), who are named on purpose.
    /// </summary>
    private static int NameColumn(string s, List<(int Start, int End)> header, LabelPolicy policy) =>
        header.Any(c => s.AsSpan(c.Start, c.End - c.Start).Contains("执法", StringComparison.Ordinal)) ? -1
        : header.FindIndex(c => s.AsSpan(c.Start, c.End - c.Start) is "姓名" or "名字" || RoleIn(s, c, policy, exact: true));

    /// <summary>The words of a line split at single spaces or tabs, or none when a run of two spaces makes it a spaced table's row.</summary>
    private static List<(int Start, int End)> SingleSpacedCells(string s, int start, int end)
    {
        var cells = new List<(int, int)>();
        if (s.AsSpan(start, end - start).IndexOf("  ", StringComparison.Ordinal) >= 0) return cells;
        for (var at = start; at < end;)
        {
            while (at < end && s[at] is ' ' or '\t' or '\r') at++;
            if (at >= end) break;
            var cellEnd = at;
            while (cellEnd < end && s[cellEnd] is not (' ' or '\t' or '\r')) cellEnd++;
            cells.Add((at, cellEnd));
            at = cellEnd;
        }
        return cells;
    }

    /// <summary>The cells of a line split at tabs and runs of two spaces or more (folded, an ideographic space is a space).</summary>
    private static List<(int Start, int End)> SpacedCells(string s, int start, int end)
    {
        var cells = new List<(int, int)>();
        for (var at = start; at < end;)
        {
            while (at < end && s[at] is ' ' or '\t') at++;
            if (at >= end) break;
            var cellEnd = at;
            while (cellEnd < end && !IsCellGap(s, cellEnd, end)) cellEnd++;
            cells.Add((at, cellEnd));
            at = cellEnd;
        }
        return cells;
    }

    private static bool IsCellGap(string s, int at, int end) =>
        s[at] == '\t' || s[at] == ' ' && at + 1 < end && s[at + 1] is ' ' or '\t';

    /// <summary>The cells of a table row (text between pipes, trimmed of spaces and emphasis), or null if the line is not one.</summary>
    private static List<(int Start, int End)>? Cells(string s, int start, int end)
    {
        while (start < end && s[start] is ' ' or '\t') start++;
        if (start >= end || s[start] != '|') return null;
        var cells = new List<(int, int)>();
        for (var at = start + 1; at < end;)
        {
            var bar = s.IndexOf('|', at, end - at);
            var cellEnd = bar < 0 ? end : bar;
            var (a, b) = (at, cellEnd);
            while (a < b && (char.IsWhiteSpace(s[a]) || s[a] is '*' or '_')) a++;
            while (b > a && (char.IsWhiteSpace(s[b - 1]) || s[b - 1] is '*' or '_' or '：' or ':')) b--;
            if (bar >= 0 || a < b) cells.Add((a, b));
            if (bar < 0) break;
            at = bar + 1;
        }
        return cells;
    }

    private static bool IsDelimiter(string s, (int Start, int End) cell) =>
        cell.End > cell.Start && s.AsSpan(cell.Start, cell.End - cell.Start).Trim(":-").IsEmpty;

    /// <summary>
    /// Whether a cell names a person's role: exactly (| 证人 |) for a row, or containing it (| 委托代理人姓名 |) for
    /// a header. The party itself is named in the front matter; 负责人 and the like only where the policy masks them.
    /// </summary>
    private static bool RoleIn(string s, (int Start, int End) cell, LabelPolicy policy, bool exact)
    {
        var text = s.AsSpan(cell.Start, cell.End - cell.Start);
        if (text.IsEmpty || text.Length > 12) return false;
        foreach (var (label, reader) in Labels)
        {
            // 姓名 names no role: a table of officers has it too (see PersonsTable).
            if (reader is not (Reader.Name or Reader.RoleName) || label is "姓名" or "我叫" or "名字叫") continue;
            if (exact ? text.SequenceEqual(label) || IsRelation(text, label) || IsQualifiedRole(text, label) : text.Contains(label, StringComparison.Ordinal))
                return !IsPublicRole(s, cell.Start + Math.Max(0, text.IndexOf(label, StringComparison.Ordinal)), label, reader);
        }
        return false;
    }

    /// <summary>
    /// The column headed 姓名 (or 名字, 人员) in a header that also asks for a person's sex, birth, home, ID number, health
    /// certificate, kinship, school year, job or pay; else -1. Not a table of officers (a 执法证号 column).
    /// </summary>
    private static int PersonsTable(string s, List<(int Start, int End)> header)
    {
        var names = header.FindIndex(c => s.AsSpan(c.Start, c.End - c.Start) is "姓名" or "名字" or "人员");
        if (names < 0) return -1;
        if (header.Any(c => s.AsSpan(c.Start, c.End - c.Start).Contains("执法", StringComparison.Ordinal))) return -1;
        foreach (var c in header)
            foreach (var w in PersonalColumns)
                if (s.AsSpan(c.Start, c.End - c.Start).Contains(w, StringComparison.Ordinal)) return names;
        return -1;
    }

    // The tenth red team's: a phone, an account, a plate, an amount paid or a quantity bought beside the names (| 序号 | 姓名 | 金额 |).
    private static readonly string[] PersonalColumns = ["性别", "出生", "年龄", "住址", "身份证", "民族", "健康", "关系", "年级", "岗位", "工种", "工资", "银行卡",
        "电话", "手机", "联系方式", "微信", "账号", "车牌", "金额", "数量", "签名", "签字"];

    /// <summary>A column of a person's age (a child's is masked), birth, or diagnosis.</summary>
    private static string? FactHeader(string s, (int Start, int End) cell)
    {
        var text = s.AsSpan(cell.Start, cell.End - cell.Start);
        if (text.IsEmpty || text.Length > 8) return null;
        if (text.Contains("出生", StringComparison.Ordinal) || text.Contains("生日", StringComparison.Ordinal)) return MaskKinds.BirthDate;
        if (text.Contains("年龄", StringComparison.Ordinal)) return MaskKinds.Minor;
        foreach (var w in (string[])["诊断", "病情", "病史", "病名", "疾病", "症状"])
            if (text.Contains(w, StringComparison.Ordinal)) return MaskKinds.Sensitive;
        // | 姓名 | 微信号 |: the persons' accounts, letters and all (liuhaibo1975; the tenth red team's).
        // Not 微信支付, a way to pay.
        foreach (var w in (string[])["微信号", "微信ID", "微信名", "微信昵称", "QQ", "抖音号"])
            if (text.Contains(w, StringComparison.Ordinal)) return MaskKinds.Account;
        // | 对方户名 | 对方账号 |: the persons' own numbers, whatever their checksum (a cell with fewer than five digits is no number).
        if (text.Contains("账号", StringComparison.Ordinal) || text.Contains("卡号", StringComparison.Ordinal) || text.Contains("银行卡", StringComparison.Ordinal)) return MaskKinds.BankCard;
        if (text.Contains("身份证", StringComparison.Ordinal)) return MaskKinds.IdNumber;
        if (text.Contains("电话", StringComparison.Ordinal) || text.Contains("手机", StringComparison.Ordinal)) return MaskKinds.Mobile;
        return null;
    }

    private static bool IsNumberKind(string kind) => kind is MaskKinds.BankCard or MaskKinds.IdNumber or MaskKinds.Mobile;

    /// <summary>A column of homes: 住址, 家庭住址, 收件地址, 地址 (not 经营地址 or 注册地址, a business's).</summary>
    private static bool IsAddressHeader(string s, (int Start, int End) cell)
    {
        var text = s.AsSpan(cell.Start, cell.End - cell.Start);
        if (text.IsEmpty || text.Length > 8) return false;
        if (text.Contains("住址", StringComparison.Ordinal) || text.Contains("住处", StringComparison.Ordinal)) return true;
        var at = text.IndexOf("地址", StringComparison.Ordinal);
        return at >= 0 && !IsBusinessAddress(s, cell.Start + at);
    }

    /// <summary>当事人之妻的兄弟, 当事人的邻居, 其女儿: a relation to the party that ends in a role.</summary>
    private static bool IsRelation(ReadOnlySpan<char> text, string label) =>
        text.Length > label.Length && text.EndsWith(label, StringComparison.Ordinal)
        && (text[^(label.Length + 1)] is '之' or '的' or '其' || text.StartsWith("当事人", StringComparison.Ordinal));

    /// <summary>| 张建国 | 叉车司机 |, | 刘芳 | 兼职会计 |: a role of two characters or more with a word of one or two for the kind of work before it.</summary>
    private static bool IsQualifiedRole(ReadOnlySpan<char> text, string label) =>
        label.Length >= 2 && text.Length - label.Length is 1 or 2 && text.EndsWith(label, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="at"/> is in a table's header row of three columns or more (a delimiter row follows).</summary>
    private static bool InWideTableHeader(string s, int at)
    {
        var start = s.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = s.IndexOf('\n', at);
        if (end < 0 || s.AsSpan(start, end - start).Count('|') < 4) return false;
        var next = s.IndexOf('\n', end + 1);
        var row = s.AsSpan(end + 1, (next < 0 ? s.Length : next) - end - 1).Trim();
        return row.Length > 0 && row[0] == '|' && row.IndexOfAnyExcept("|:- \t") < 0;
    }

    /// <summary>商品, 金额, 时间, 付款方式: a would-be name that is, or starts with, an everyday word.</summary>
    private static bool IsEverydayWord(string name) =>
        Surnames.IsCommonWord(name) || name.Length >= 3 && Surnames.IsCommonWord(name.AsSpan(0, 2)) || Surnames.StartsWithEverydayWord(name);

    /// <summary>A cell that holds a name and nothing else (周德胜, 阿依古丽·买买提, JOHN SMITH).</summary>
    private static LabelledValue? WholeCellName(string s, (int Start, int End) cell)
    {
        if (cell.End - cell.Start is < 2 or > 40) return null;
        // | 董事长 |, | 厂长 |: a role's cell beside the name, not a name.
        if (StartsWithRoleWord(s, cell.Start)) return null;
        var name = Name(s, cell.Start, MaskKinds.OtherPersonName, separated: true);
        return name is { } n && n.End == cell.End ? n : null;
    }
}
