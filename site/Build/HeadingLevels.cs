namespace Enforcement.Site.Build;

/// <summary>
/// Where staff headings land under a page's own. Staff write the top of a decision or free page as #, ## or ###
/// (the shipped content writes ##); a fixed offset turned that into an h4 under the page's h2, a skipped level that
/// screen readers announce as a missing section and that the print rule (h2, h3 kept with their text) missed.
/// </summary>
internal static class HeadingLevels
{
    /// <summary>
    /// The HTML level of each heading, in document order, under a heading of level <paramref name="enclosing"/>.
    /// A heading goes one below the nearest earlier heading written higher than it, or right under the page's heading
    /// when there is none; so the top level lands at enclosing + 1 and a skip in the Markdown (## then ####) closes up.
    /// Nothing goes past h6.
    /// </summary>
    public static int[] Under(int enclosing, IReadOnlyList<int> written)
    {
        var open = new Stack<int>(); // the written levels of the headings the current one sits under
        var levels = new int[written.Count];
        for (var i = 0; i < written.Count; i++)
        {
            while (open.Count > 0 && open.Peek() >= written[i]) open.Pop();
            open.Push(written[i]);
            levels[i] = Math.Min(enclosing + open.Count, 6);
        }
        return levels;
    }
}
