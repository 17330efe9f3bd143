using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>The bodies a satisfaction report covers, rated or not, so that 尚无评价 is said rather than a body left out.</summary>
public static class SatisfactionScope
{
    /// <summary>
    /// By slug and name: one body when the report is narrowed to it (a body's staff, or <c>?body=</c>), else every body of
    /// the published content in the registry's order; a body rated but no longer published keeps its place after them.
    /// </summary>
    public static IReadOnlyList<(string Slug, string Name)> Bodies(string? body, PortalData data, IEnumerable<SatisfactionRow> rated)
    {
        if (body is not null && body != StaffAccount.AllBodies) return [(body, data.Body(body)?.Name ?? body)];
        var published = (data.Registry?.Bodies ?? []).Select(b => (b.Slug, b.Name)).ToList();
        var unpublished = rated.Select(r => r.Body).Distinct().Where(slug => published.All(p => p.Slug != slug)).Select(slug => (slug, slug));
        return [.. published, .. unpublished];
    }
}
