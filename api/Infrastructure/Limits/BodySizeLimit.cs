namespace Enforcement.Api.Infrastructure.Limits;

/// <summary>Endpoint metadata: the largest request body the endpoint accepts.</summary>
public sealed record BodySizeLimit(long Bytes);

/// <summary>
/// Answers 413 with problem details before the body is read when it is declared too large, and caps
/// Kestrel's limit for bodies that do not declare a length.
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>() is { } limit)
        {
            if (context.Request.ContentLength > limit.Bytes)
            {
                await Results.Problem(
                    title: "提交的内容过大",
                    detail: $"提交的内容不能超过 {FormatSize(limit.Bytes)}。",
                    statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = limit.Bytes;
        }
        await next(context);
    }

    internal static string FormatSize(long bytes) =>
        bytes >= 1 << 20 ? $"{bytes / (1 << 20)} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}

public static class BodySizeLimitExtensions
{
    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));
}
