namespace Enforcement.Redaction;

/// <summary>
/// Finds many strings in one pass over a text (Aho-Corasick). Built once for every secret of every decision,
/// it scans each published file in time linear in the file, however many secrets there are. Compact: the
/// trie is built from the sorted patterns and stored as arrays (children of a node are contiguous and sorted).
/// </summary>
internal sealed class AhoCorasick
{
    private readonly int[] rootNext; // indexed by character, up to the largest first character; 0 = no child
    private readonly int[] childStart;
    private readonly char[] childChar;
    private readonly int[] childNode;
    private readonly int[] fail;
    private readonly int[] output;       // pattern index ending here, or -1
    private readonly int[] outputLink;   // nearest proper suffix node with an output, or -1

    /// <param name="patterns">Distinct, non-empty strings; a match reports the pattern's index in this list.</param>
    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        var order = Enumerable.Range(0, patterns.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(patterns[a], patterns[b]));

        // Inserting sorted patterns creates nodes in depth-first order with each node's children in character order.
        var parent = new List<int> { -1 };
        var edge = new List<char> { '\0' };
        var outputs = new List<int> { -1 };
        var path = new List<int> { 0 };
        var previous = "";
        foreach (var id in order)
        {
            var p = patterns[id];
            if (p.Length == 0) throw new ArgumentException("空字符串不能作为匹配模式 (empty pattern)", nameof(patterns));
            var common = 0;
            while (common < p.Length && common < previous.Length && p[common] == previous[common]) common++;
            if (common == p.Length && previous.Length == p.Length) throw new ArgumentException("模式重复 (duplicate pattern)", nameof(patterns));
            path.RemoveRange(common + 1, path.Count - common - 1);
            for (var d = common; d < p.Length; d++)
            {
                parent.Add(path[d]);
                edge.Add(p[d]);
                outputs.Add(-1);
                path.Add(parent.Count - 1);
            }
            outputs[path[p.Length]] = id;
            previous = p;
        }

        var n = parent.Count;
        childStart = new int[n + 1];
        for (var v = 1; v < n; v++) childStart[parent[v] + 1]++;
        for (var u = 0; u < n; u++) childStart[u + 1] += childStart[u];
        childChar = new char[n - 1];
        childNode = new int[n - 1];
        var fill = childStart[..n];
        for (var v = 1; v < n; v++)
        {
            var slot = fill[parent[v]]++;
            childChar[slot] = edge[v];
            childNode[slot] = v;
        }
        rootNext = new int[childStart[1] > 0 ? childChar[childStart[1] - 1] + 1 : 0];
        for (var s = childStart[0]; s < childStart[1]; s++) rootNext[childChar[s]] = childNode[s];

        output = outputs.ToArray();
        fail = new int[n];
        outputLink = new int[n];
        Array.Fill(outputLink, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        for (var s = childStart[0]; s < childStart[1]; s++) queue[tail++] = childNode[s];
        while (head < tail)
        {
            var u = queue[head++];
            for (var s = childStart[u]; s < childStart[u + 1]; s++)
            {
                var (c, v) = (childChar[s], childNode[s]);
                var f = fail[u];
                int t;
                while ((t = Next(f, c)) < 0 && f != 0) f = fail[f];
                fail[v] = t > 0 ? t : 0;
                outputLink[v] = output[fail[v]] >= 0 ? fail[v] : outputLink[fail[v]];
                queue[tail++] = v;
            }
        }
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    private int Next(int node, char c)
    {
        if (node == 0) return c < rootNext.Length && rootNext[c] != 0 ? rootNext[c] : -1;
        int lo = childStart[node], hi = childStart[node + 1] - 1;
        if (hi - lo < 8)
        {
            for (var s = lo; s <= hi; s++) if (childChar[s] == c) return childNode[s];
            return -1;
        }
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = childChar[mid];
            if (m == c) return childNode[mid];
            if (m < c) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Adds the index of every pattern that occurs in <paramref name="text"/> to <paramref name="found"/>.</summary>
    public void Collect(ReadOnlySpan<char> text, HashSet<int> found)
    {
        var state = 0;
        foreach (var c in text)
        {
            int t;
            while ((t = Next(state, c)) < 0 && state != 0) state = fail[state];
            state = t > 0 ? t : 0;
            for (var o = output[state] >= 0 ? state : outputLink[state]; o > 0; o = outputLink[o]) found.Add(output[o]);
        }
    }
}
