namespace Enforcement.Site.Pages.Shared;

/// <summary>URLs of the 三项制度 pages: a body's 事前公开 sub-pages, 双随机 results, yearly figures.</summary>
internal static class DisclosureUrls
{
    public static string Services(string body) => $"/bodies/{body}/services/";

    public static string Discretion(string body) => $"/bodies/{body}/discretion/";

    public static string Discretion(string body, string id) => $"/bodies/{body}/discretion/#{id}";

    public static string LegalReview(string body) => $"/bodies/{body}/legal-review/";

    /// <summary>The power's row in the body's 权责清单.</summary>
    public static string Power(string body, string id) => $"/bodies/{body}/#power-{id}";

    public const string Inspections = "/inspections/";

    public const string Statistics = "/statistics/";

    public static string Figures(int year, string? body = null) => body is null ? $"/statistics/{year}/" : $"/statistics/{year}/{body}/";

    /// <summary>The open-data files beside a figures page: figures.csv and figures.json.</summary>
    public static string FiguresFile(int year, string? body, string extension) => $"{Figures(year, body)}figures.{extension}";
}
