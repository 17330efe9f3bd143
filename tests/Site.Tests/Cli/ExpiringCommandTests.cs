using Enforcement.Site.Cli;

namespace Enforcement.Site.Tests.Cli;

public sealed class ExpiringCommandTests : IDisposable
{
    private readonly string content = Path.Combine(Path.GetTempPath(), "expiring-" + Guid.NewGuid().ToString("N"));

    public ExpiringCommandTests()
    {
        Write("site.yml", """
            title: 宜春市市场监督管理局行政执法公示平台
            baseUrl: https://zfgs.example.gov.cn
            retention:
              default: 5y
              naturalPerson: 2y
            maskPartyNames: true
            supervision:
              name: 市局执法监督科
              email: jdk@example.gov.cn
              phone: 0795-1234567
            """);
        Write("bodies/yichun-amr.yml", """
            name: 宜春市市场监督管理局
            kind: 行政机关
            creditCode: 11360900MB1766311A
            address: 宜春市袁州区宜阳大道 1 号
            phone: 0795-3210000
            duties: [负责市场综合监督管理]
            remedies:
              reconsideration: 宜春市人民政府
              litigation: 宜春市袁州区人民法院
            randomInspections:
              - item: 食品经营者落实主体责任情况检查
                basis: 《中华人民共和国食品安全法》第一百一十条
                targets: 食品经营者
                ratio: 5%
                frequency: 每年一次
                method: 现场检查
                subject: 宜春市市场监督管理局
                content: 进货查验记录
            """);
        Decision("2020/org-old", "宜市监处罚〔2020〕1号", "宜春市甲食品有限公司销售过期食品案", "organization", "宜春市甲食品有限公司", "2020-04-01");
        Decision("2023/person", "宜市监处罚〔2023〕2号", "王小明销售过期食品案", "natural-person", "王小明", "2023-03-20");
        Decision("2024/expires", "宜市监处罚〔2024〕3号", "宜春市乙商贸有限公司虚假宣传案", "organization", "宜春市乙商贸有限公司", "2024-01-10", "status: in-force\nexpires: 2025-03-15");
        Decision("2024/revoked", "宜市监处罚〔2024〕4号", "宜春市丙超市销售不合格商品案", "organization", "宜春市丙超市", "2024-02-01",
            "status: revoked\nwithdrawn:\n  on: 2025-03-25\n  reason: 经行政复议决定撤销");
        Decision("2020/last-day", "宜市监处罚〔2020〕5号", "宜春市丁药房案", "organization", "宜春市丁药房", "2020-04-07");
        Decision("2020/one-too-late", "宜市监处罚〔2020〕6号", "宜春市戊药房案", "organization", "宜春市戊药房", "2020-04-08");
        Decision("2023/already-down", "宜市监处罚〔2023〕7号", "李四销售过期食品案", "natural-person", "李四", "2023-03-08");
        Decision("2024/recent", "宜市监处罚〔2024〕8号", "宜春市己公司案", "organization", "宜春市己公司", "2024-06-01");
        // Published 2022-03-30: with the default three years of inspection publicity it comes down 2025-03-30.
        Write("inspections/2022/food-2022.yml", """
            title: 2022年食品经营者双随机抽查
            body: yichun-amr
            plan: 宜春市市场监督管理局2022年度抽查工作计划
            item: 食品经营者落实主体责任情况检查
            checks: [进货查验记录]
            date: 2022-03-10
            published: 2022-03-30
            drawn: 1
            results:
              - {unit: 宜春市庚食品有限公司, kind: organization, outcome: 未发现问题}
            """);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Decision(string path, string number, string title, string kind, string name, string published, string lifecycle = "status: in-force") =>
        Write($"decisions/{path}.md", $$"""
            ---
            number: {{number}}
            title: {{title}}
            body: yichun-amr
            party:
              kind: {{kind}}
              name: {{name}}
            decided: {{published}}
            published: {{published}}
            category: 食品安全
            violation: 销售超过保质期的食品
            basis: 《中华人民共和国食品安全法》第一百二十四条
            penalties:
              - {kind: 罚款, amount: 5000}
            {{lifecycle}}
            ---
            正文。
            """);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ExpiringCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Lists_what_comes_down_within_the_window_in_date_order_with_the_reason()
    {
        var (code, output, error) = Run("--content", content, "--days", "30", "--today", "2025-03-08");
        Assert.True(code == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(l => l.Split('\t')).ToList();
        Assert.Equal(
            [
                ["2025-03-15", "宜市监处罚〔2024〕3号", "提前届满", "宜春市乙商贸有限公司虚假宣传案"],
                ["2025-03-20", "宜市监处罚〔2023〕2号", "期满", "王某某销售过期食品案"],
                ["2025-03-25", "宜市监处罚〔2024〕4号", "撤回（经行政复议决定撤销）", "宜春市丙超市销售不合格商品案"],
                ["2025-03-30", "inspections/2022/food-2022", "期满", "2022年食品经营者双随机抽查"],
                ["2025-04-01", "宜市监处罚〔2020〕1号", "期满", "宜春市甲食品有限公司销售过期食品案"],
                ["2025-04-07", "宜市监处罚〔2020〕5号", "期满", "宜春市丁药房案"],
            ],
            rows);
        Assert.Contains("30 天内（至 2025-04-07）将撤下 5 件决定书、1 项双随机抽查结果", output);
        Assert.DoesNotContain("王小明", output);
    }

    [Fact]
    public void Says_so_when_nothing_comes_down()
    {
        var (code, output, _) = Run("--content", content, "--days", "5", "--today", "2025-04-20");
        Assert.Equal(0, code);
        Assert.Contains("没有要撤下的决定书或抽查结果", output);
    }

    [Theory]
    [InlineData("--days", "30", "--today", "2025-03-08")]                   // no --content
    [InlineData("--content", "{content}", "--days", "thirty")]
    [InlineData("--content", "{content}", "--days", "0")]
    [InlineData("--content", "{content}", "--today", "2025-3-8")]
    [InlineData("--content", "{content}", "--days")]
    [InlineData("--content", "{content}", "--weeks", "4")]
    [InlineData("--content", "/no/such/folder", "--days", "30")]
    public void Bad_arguments_get_a_clear_message_and_exit_code_2(params string[] args)
    {
        var (code, output, error) = Run(args.Select(a => a.Replace("{content}", content)).ToArray());
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("用法", error);
        Assert.Contains("(", error); // the message itself, before the usage line
    }

    [Fact]
    public void Bad_content_is_reported_with_the_file_and_exit_code_1()
    {
        Write("decisions/2024/broken.md", "---\nnumber: x\n---\n");
        var (code, _, error) = Run("--content", content, "--today", "2025-03-08");
        Assert.Equal(1, code);
        Assert.Contains("decisions/2024/broken.md", error);
    }

    public void Dispose() => Directory.Delete(content, recursive: true);
}
