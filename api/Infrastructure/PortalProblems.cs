using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Infrastructure;

/// <summary>The problem-details answers every feature shares, so each condition reads the same wherever it happens.</summary>
public static class PortalProblems
{
    /// <summary>The build's registry (Portal:Data/registry.json) cannot be read: a deploy in progress, or none yet.</summary>
    public static ProblemHttpResult Unavailable() => TypedResults.Problem(
        title: "服务暂不可用", detail: "公示数据正在更新，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>A body that is neither a JSON object nor a form (why is in <paramref name="detail"/>).</summary>
    public static ProblemHttpResult UnreadableBody(string? detail) => TypedResults.Problem(
        title: "提交的内容无法读取", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>An unhandled error: a Chinese answer, never a stack trace.</summary>
    public static ProblemHttpResult ServerError() => TypedResults.Problem(
        title: "服务器暂时出现问题", detail: "请稍后再试。如问题持续，请拨打页面底部的监督电话。", statusCode: StatusCodes.Status500InternalServerError);

    /// <summary>An /api answer with a status and no body of its own (404 for an unknown path, 405, 415...).</summary>
    public static ProblemHttpResult ForStatus(int status) => TypedResults.Problem(statusCode: status, title: status switch
    {
        404 => "未找到",
        405 => "不支持该请求方法",
        415 => "不支持的内容类型",
        _ => "请求未能完成",
    });
}
