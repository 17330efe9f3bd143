using Enforcement.Api.Infrastructure.Forms;

namespace Enforcement.Api.Infrastructure.Staff;

public static class StaffEndpoints
{
    /// <summary>
    /// /api/admin/... : every endpoint in the group needs a valid X-Api-Key (401 otherwise); handlers read
    /// the caller with <see cref="Staff(HttpContext)"/>.
    /// </summary>
    public static RouteGroupBuilder MapStaffGroup(this IEndpointRouteBuilder app, string prefix) =>
        (RouteGroupBuilder)app.MapGroup("/api/admin" + prefix).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var keys = http.RequestServices.GetRequiredService<StaffKeys>();
            var presented = http.Request.Headers[StaffKeys.Header].FirstOrDefault()
                ?? (http.Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null);
            if (keys.Identify(presented) is not { } staff)
                return Results.Problem(title: "需要工作人员密钥", detail: "请在 X-Api-Key 请求头中提供有效的工作人员密钥。", statusCode: StatusCodes.Status401Unauthorized);
            http.Items[typeof(StaffIdentity)] = staff;
            return await next(context);
        }).AnswersBrokenBodies();

    public static StaffIdentity Staff(this HttpContext context) =>
        (StaffIdentity)context.Items[typeof(StaffIdentity)]!;
}
