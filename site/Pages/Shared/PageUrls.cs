namespace Enforcement.Site.Pages.Shared;

/// <summary>URLs of paged lists: the first page at the list's own URL, the rest under page/{n}/.</summary>
internal static class PageUrls
{
    public static string For(string baseUrl, int page) => page <= 1 ? baseUrl : $"{baseUrl}page/{page}/";

    public static string Officer(string certificate) => $"/officers/{Uri.EscapeDataString(certificate)}/";

    public static string Body(string slug) => $"/bodies/{slug}/";

    public static string Process(string slug) => $"/processes/{slug}/";

    public static string CorrectDecision(string number) => $"/corrections/?decision={Uri.EscapeDataString(number)}";

    public static string CorrectOfficer(string certificate) => $"/corrections/?certificate={Uri.EscapeDataString(certificate)}";
}
