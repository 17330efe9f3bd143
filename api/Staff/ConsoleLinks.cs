namespace Enforcement.Api.Staff;

/// <summary>
/// Links to the staff console in mails: absolute from Portal:ConsoleUrl, else the path, told in words staff use (the
/// API cannot know the console's address: the request that causes the mail came through the public site).
/// </summary>
public static class ConsoleLinks
{
    public static string To(string? consoleUrl, string path) =>
        consoleUrl is { Length: > 0 } url ? url.TrimEnd('/') + "/" + path.TrimStart('/') : "/staff/" + path.TrimStart('/') + "（把工作台登录页地址中的 /staff/login 换成这段路径打开）";

    /// <summary>Said once at start, so the deployment sets the console's address before staff read such mails.</summary>
    public static void WarnWhenMissing(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.ConsoleUrl) && string.IsNullOrWhiteSpace(options.Site))
            app.Logger.LogWarning("Portal:ConsoleUrl is not set: mails to bodies and the supervision office give the console's path, not a link. Set it to the console's address (https://api.zfgs.example.gov.cn/staff/).");
    }
}
