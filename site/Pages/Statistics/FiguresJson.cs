using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Statistics;

namespace Enforcement.Site.Pages.Statistics;

/// <summary>figures.json: one year's figures for one body or all, with camelCase keys and amounts in yuan.</summary>
internal static class FiguresJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Render(AnnualFigures f, string scope) => JsonSerializer.Serialize(new
    {
        year = f.Year,
        body = f.BodySlug,
        bodyName = scope,
        complete = f.Complete,
        decisions = f.Decisions,
        byCategory = f.ByCategory.Select(t => new { category = t.Label, decisions = (int)t.Value }),
        byPenaltyKind = f.ByPenaltyKind.Select(t => new { kind = t.Label, decisions = (int)t.Value }),
        fines = f.Fines,
        confiscations = f.Confiscations,
        withdrawn = f.Withdrawn,
        inspections = new
        {
            tasks = f.InspectionTasks,
            unitsDrawn = f.UnitsDrawn,
            unitsInspected = f.UnitsInspected,
            unitsWithProblems = f.UnitsWithProblems,
            casesFiled = f.CasesFiled,
            problemShare = Math.Round(f.ProblemShare, 4),
        },
    }, Options) + "\n";
}
