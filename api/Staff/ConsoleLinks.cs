namespace Enforcement.Api.Staff;

/// <summary>
/// Links to the staff console in mails: absolute from Portal:ConsoleUrl, else the path on the API's address (the
/// console is not on the public site's address).
/// </summary>
public static class ConsoleLinks
{
    public static string To(string? consoleUrl, string path) =>
        consoleUrl is { Length: > 0 } url ? url.TrimEnd('/') + "/" + path.TrimStart('/') : "/staff/" + path.TrimStart('/') + "（执法公示工作台，在 API 的地址上）";
}
