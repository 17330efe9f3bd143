namespace Enforcement.Api.Infrastructure.Pages;

public sealed record AddressLink(string Url, string Text);

/// <summary>A page's words for an /api address opened in a browser.</summary>
public sealed record AddressAnswer(string Title, string Message, IReadOnlyList<AddressLink> Links);

/// <summary>
/// What a person who opens an /api address in the browser reads instead of a JSON problem: a form's target
/// reopened from the history or a shared link (/api/feedback, /api/corrections/…/confirm), or an
/// address that was mistyped or has gone. Scripts and API clients, which do not ask for HTML, keep the problem.
/// </summary>
public static class AddressAnswers
{
    private static readonly AddressLink Home = new("/", "返回首页");

    /// <summary>The answer for a browser's GET of <paramref name="path"/> that ended in <paramref name="status"/>, or null.</summary>
    public static AddressAnswer? For(PathString path, int status)
    {
        // 405 from the API's routes; 404 for an address that is not there, and behind the local preview, whose
        // fallback takes every GET.
        if (status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed)) return null;
        if (path.Equals("/api/feedback", StringComparison.OrdinalIgnoreCase))
            return new("评价提交地址", "这个地址用于提交评价，不能直接打开。评价提交后，评价编号显示在提交后的页面上，不必重复提交；"
                + "如需评价另一次执法，请扫描执法人员出示的监督卡上的二维码。", [Home]);
        if (path.StartsWithSegments("/api/corrections", StringComparison.OrdinalIgnoreCase, out var rest))
        {
            var ticket = rest.Value?.Trim('/').Split('/') is [var t, "confirm"] ? t : null;
            var lookup = ticket is null ? "/corrections/status/" : $"/corrections/status/?ticket={Uri.EscapeDataString(ticket)}";
            return new("更正申请", "这个地址用于提交更正申请或确认申请，不能直接打开。申请已提交的，请打开确认邮件中的链接查看办理进度，"
                + "或在进度查询页输入申请编号和查询码。", [new(lookup, "查询办理进度"), new("/corrections/", "提交更正申请"), Home]);
        }
        return new("找不到这个页面", "地址可能有误，或页面已经不再公示。", [new("/search/", "搜索行政处罚决定"), Home]);
    }

    /// <summary>A page load in a browser (it asks for HTML), not a script or an API client.</summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
