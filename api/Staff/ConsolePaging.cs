namespace Enforcement.Api.Staff;

/// <summary>A console list's pages: how many there are for a count, so a page past the last says so instead of showing nothing.</summary>
public static class ConsolePaging
{
    /// <summary>The number of pages <paramref name="total"/> items fill, at least one (an empty list is one empty page).</summary>
    public static int PageCount(long total, int size) => (int)Math.Max(1, (total + size - 1) / size);
}
