namespace Enforcement.Api.Infrastructure.Pages;

public static class PrivateAnswers
{
    /// <summary>
    /// For answers that carry or were opened with a token (a correction's status, a card's officer page, the
    /// ticket just issued): never cached, never sent on as a Referer, never indexed.
    /// </summary>
    public static void KeepPrivate(this HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex";
    }
}
