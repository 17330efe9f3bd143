using Lucene.Net.Index;
using Lucene.Net.Store;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

/// <summary>How the build writes the index: in parallel shares, and still the same on every build.</summary>
public sealed class SearchIndexBuilderTests
{
    private static List<string> UrlsInDocumentOrder(string dir)
    {
        using var fs = FSDirectory.Open(dir);
        using var reader = DirectoryReader.Open(fs);
        return Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i).Get("url")).ToList();
    }

    [Fact]
    public void Documents_keep_the_decisions_order_whatever_the_number_of_writers()
    {
        // Enough decisions for the build to split them between writers.
        var decisions = Enumerable.Range(0, 1500).Select(i => Decision($"case-{i:D4}", title: $"第{i}号超市案")).ToList();
        using var first = new TempIndex(decisions);
        using var second = new TempIndex(decisions);

        var urls = UrlsInDocumentOrder(first.Dir);
        Assert.Equal(decisions.Select(d => d.Url), urls);
        Assert.Equal(urls, UrlsInDocumentOrder(second.Dir));
        using var searcher = first.Open();
        Assert.Equal(1500, searcher.IndexedCount);
    }
}
