using Enforcement.Content;
using Enforcement.Corrections;

namespace Enforcement.Sample;

/// <summary>
/// Writes a complete, valid content tree of invented but realistic enforcement records, for benchmarks
/// and for tests of redaction and the publicity lifecycle. The same seed and anchor give the same files.
/// </summary>
internal static class SampleGenerator
{
    private static readonly CaseType[] Cases = [.. AmrCases.All, .. CommerceCases.All, .. MiitCases.All];

    /// <summary>
    /// Writes site.yml, bodies, officers, processes, pages and <paramref name="decisions"/> decisions dated over the
    /// six years up to <paramref name="anchor"/>. The folder must be new or empty (or <paramref name="replace"/> lets
    /// the generator remove the folders it writes). Returns the personal data planted in each decision; the
    /// manifest is kept in memory, never written into the tree.
    /// </summary>
    public static SampleManifest Write(string dir, int decisions, int seed, DateOnly anchor, bool replace = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decisions);
        Prepare(dir, replace);

        var scaffoldRng = new Random(Seed(seed, -1, 0));
        var officers = SampleBodies.All.ToDictionary(b => b.Slug, b => SampleOfficers.For(b, scaffoldRng, anchor));
        WriteScaffold(dir, officers);

        var plans = Plan(decisions, seed, anchor);
        foreach (var year in plans.Select(p => p.Decided.Year).Distinct())
            Directory.CreateDirectory(Path.Combine(dir, "decisions", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var results = new DecisionSecrets[decisions];
        Parallel.For(0, decisions, i =>
        {
            var plan = plans[i];
            var (decision, secrets) = DecisionComposer.Compose(plan, new Random(Seed(seed, i, 1)), officers[plan.Body.Slug], anchor);
            File.WriteAllBytes(Path.Combine(dir, plan.SourcePath), System.Text.Encoding.UTF8.GetBytes(SampleYaml.Decision(decision)));
            results[i] = new DecisionSecrets(plan.SourcePath, plan.Number, plan.Kind, secrets);
        });
        return new SampleManifest(anchor, seed, results);
    }

    private static readonly string[] OwnedFolders = ["bodies", "officers", "processes", "decisions", "pages"];

    /// <summary>Marks a tree as generated, so that replacing it can never wipe content staff wrote by hand.</summary>
    public const string MarkerFile = ".generated-sample";

    private static void Prepare(string dir, bool replace)
    {
        if (File.Exists(dir))
            throw new IOException($"{dir} 是文件，不是目录 (output path is a file, not a folder)");
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            if (!replace)
                throw new IOException($"输出目录 {dir} 不为空 (output folder is not empty; pass --force to replace a generated tree)");
            if (!File.Exists(Path.Combine(dir, MarkerFile)))
                throw new IOException($"输出目录 {dir} 不是生成的样例内容，拒绝覆盖 (not a generated tree: no {MarkerFile}; refusing to replace it)");
            foreach (var folder in OwnedFolders)
            {
                var path = Path.Combine(dir, folder);
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            }
            File.Delete(Path.Combine(dir, "site.yml"));
        }
        foreach (var folder in OwnedFolders) Directory.CreateDirectory(Path.Combine(dir, folder));
        File.WriteAllText(Path.Combine(dir, MarkerFile), "由样例生成工具 (tools/SampleGenerator) 生成的内容，可用 --force 覆盖 (generated sample content; --force may replace it)\n");
    }

    private static void WriteScaffold(string dir, IReadOnlyDictionary<string, IReadOnlyList<Officer>> officers)
    {
        File.WriteAllText(Path.Combine(dir, "site.yml"), SampleYaml.Site(SampleSite.Settings));
        foreach (var body in SampleBodies.All)
        {
            File.WriteAllText(Path.Combine(dir, "bodies", body.Slug + ".yml"), SampleYaml.Body(body.Body));
            File.WriteAllText(Path.Combine(dir, "officers", body.Slug + ".yml"), SampleYaml.Officers(officers[body.Slug]));
        }
        foreach (var process in SampleProcesses.All)
            File.WriteAllText(Path.Combine(dir, "processes", process.Slug + ".yml"), SampleYaml.Process(process));
        foreach (var page in SampleSite.Pages)
            File.WriteAllText(Path.Combine(dir, "pages", page.Slug + ".md"), SampleYaml.Page(page));
    }

    /// <summary>
    /// Chooses each decision's party kind (about 20% natural persons, 30% individual businesses), date, kind of
    /// case and body from its own seeded source, then numbers them per body and year in date order.
    /// </summary>
    internal static DecisionPlan[] Plan(int decisions, int seed, DateOnly anchor)
    {
        var first = anchor.AddYears(-6);
        var span = anchor.DayNumber - first.DayNumber;
        var drafts = new (SampleBody Body, CaseType Case, PartyKind Kind, DateOnly Decided)[decisions];
        for (var i = 0; i < decisions; i++)
        {
            var rng = new Random(Seed(seed, i, 0));
            var roll = rng.Next(100);
            var kind = roll < 20 ? PartyKind.NaturalPerson : roll < 50 ? PartyKind.IndividualBusiness : PartyKind.Organization;
            var decided = first.AddDays(rng.Next(span + 1));
            while (!WorkingCalendar.WeekdaysOnly.IsWorkingDay(decided)) decided = decided.AddDays(-1); // a weekend moves to Friday
            var kindCase = Weighted(rng, Cases.Where(c => c.Fits(kind, decided)).ToList(), c => c.Weight);
            var body = Weighted(rng, SampleBodies.All.Where(b => b.Agency == kindCase.Agency).ToList(), b => b.Weight);
            drafts[i] = (body, kindCase, kind, decided);
        }

        var plans = new DecisionPlan[decisions];
        foreach (var group in Enumerable.Range(0, decisions).GroupBy(i => (drafts[i].Body.Slug, drafts[i].Decided.Year)))
        {
            var sequence = 0;
            foreach (var i in group.OrderBy(i => drafts[i].Decided).ThenBy(i => i))
            {
                var d = drafts[i];
                plans[i] = new DecisionPlan(i, d.Body, d.Case, d.Kind, d.Decided, ++sequence);
            }
        }
        return plans;
    }

    private static T Weighted<T>(Random rng, IReadOnlyList<T> items, Func<T, int> weight)
    {
        var total = items.Sum(weight);
        var pick = rng.Next(total);
        foreach (var item in items)
        {
            pick -= weight(item);
            if (pick < 0) return item;
        }
        return items[^1];
    }

    /// <summary>
    /// A seed for decision <paramref name="index"/>'s stream <paramref name="stream"/> (0 plan, 1 text): a SplitMix64
    /// step over seed * 1,000,003 + index, so neighbouring decisions and seeds do not share sequences.
    /// </summary>
    internal static int Seed(int seed, int index, int stream)
    {
        unchecked
        {
            var z = (ulong)((long)seed * 1_000_003L + index) * 2 + (ulong)stream + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFF_FFFF);
        }
    }
}
