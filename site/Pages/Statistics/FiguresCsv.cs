using System.Globalization;
using System.Text;
using Enforcement.Statistics;

namespace Enforcement.Site.Pages.Statistics;

/// <summary>
/// figures.csv: one year's figures in long form (年度, 执法主体, 指标, 分项, 数值, 单位), made to open in Excel:
/// UTF-8 with a byte order mark, CRLF, fields quoted when needed, and any cell a spreadsheet would take for
/// a formula (= + - @ tab CR) prefixed with an apostrophe — category names are staff's free text.
/// Private to the figures until the shared CSV writer reaches this branch.
/// </summary>
internal static class FiguresCsv
{
    public static string Render(AnnualFigures f, string scope)
    {
        var csv = new StringBuilder("\uFEFF");
        Row(csv, "年度", "执法主体", "指标", "分项", "数值", "单位");
        var year = f.Year.ToString(CultureInfo.InvariantCulture);
        void Add(string measure, string item, decimal value, string unit) =>
            Row(csv, year, scope, measure, item, value.ToString(CultureInfo.InvariantCulture), unit);

        Add("行政处罚决定", "", f.Decisions, "件");
        foreach (var t in f.ByCategory) Add("处罚决定按违法类别", t.Label, t.Value, "件");
        foreach (var t in f.ByPenaltyKind) Add("处罚决定按处罚种类", t.Label, t.Value, "件");
        Add("罚款金额", "", f.Fines, "元");
        Add("没收金额", "", f.Confiscations, "元");
        Add("撤回的决定", "", f.Withdrawn, "件");
        Add("双随机抽查任务", "", f.InspectionTasks, "项");
        Add("抽取户数", "", f.UnitsDrawn, "户");
        Add("公示结果户数", "", f.UnitsInspected, "户");
        Add("发现问题户数", "", f.UnitsWithProblems, "户");
        Add("立案查处", "", f.CasesFiled, "户");
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
