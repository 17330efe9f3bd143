namespace Enforcement.Api.Staff;

/// <summary>
/// A body asked for in a console list's filter that the person may not list, said in their words: the body's name, not
/// its slug, and no API key (此密钥只能查看执法主体 yichun-amr 的评价 was the admin API's wording reaching staff).
/// </summary>
public static class BodyChoice
{
    /// <param name="asked">The slug in the address.</param>
    /// <param name="askedName">Its name, when it is a body of the published content.</param>
    /// <param name="ownName">The body a body's staff act for; null for the supervision office, who may list every body.</param>
    /// <param name="what">What the list holds: 评价, 更正申请.</param>
    public static string Refusal(string asked, string? askedName, string? ownName, string what) =>
        ownName is not null
            ? $"您的账号只能查看{ownName}的{what}{(askedName is null ? "。" : $"，不能查看{askedName}的。")}"
            : $"没有名为“{asked}”的执法主体，请从执法主体列表中选择。";
}
