using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Pages;

namespace Enforcement.Api.Infrastructure.Forms;

/// <summary>
/// Reads a submitted body before the handler does and answers what no handler should have to: a form the reader
/// cannot parse (a multipart body without its closing boundary), text that is not valid Unicode (a lone
/// surrogate in JSON, invalid UTF-8 in JSON or in a form field), a chunked body over the size limit. Each gets
/// 400 (413) with the field named where there is one, as problem details, or as a page for a plain form post;
/// never a 500. The handler then reads the same <see cref="Submission"/> again.
/// </summary>
public static class BrokenBodies
{
    public static TBuilder AnswersBrokenBodies<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var request = http.Request;
            var json = request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
            if (!request.HasFormContentType && !json) return await next(context);

            var page = request.HasFormContentType && !request.AsksForJson();
            Submission? submission;
            string? error;
            try
            {
                (submission, error) = await Submission.ReadAsync(request, http.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>();
                return Refuse(http, page, "提交的内容过大",
                    limit is null ? "提交的内容过大，请删减后重新提交。" : $"提交的内容不能超过 {BodySizeLimitMiddleware.FormatSize(limit.Bytes)}。",
                    StatusCodes.Status413PayloadTooLarge);
            }
            if (submission is null && request.HasFormContentType)
                return page
                    ? Refuse(http, page, "提交的内容无法读取", error ?? Submission.UnreadableForm, StatusCodes.Status400BadRequest)
                    : PortalProblems.UnreadableBody(error ?? Submission.UnreadableForm);
            if (submission is { Unreadable.Any: true })
            {
                var errors = submission.Unreadable.ToDictionary();
                return page
                    ? Refuse(http, page, "提交的内容有误",
                        FieldErrors.Sentence(errors.Select(e => $"「{e.Key}」{string.Join("", e.Value)}")), StatusCodes.Status400BadRequest)
                    : submission.Unreadable.ToProblem();
            }
            return await next(context);
        });

    private static IResult Refuse(HttpContext http, bool page, string title, string detail, int status) => page
        ? http.RequestServices.GetRequiredService<PageRenderer>().Page(title,
            $"<p class=\"form-error\" role=\"alert\">{PageRenderer.Encoder.Encode(detail)}</p>"
            + "<p>请返回上一页修改后重新提交。</p>", status)
        : TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
