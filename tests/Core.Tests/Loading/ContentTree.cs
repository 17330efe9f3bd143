namespace Enforcement.Core.Tests.Loading;

/// <summary>A small valid content/ tree in a temporary folder; a test changes a file and loads it.</summary>
public sealed class ContentTree : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> ValidFiles = new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: 测试平台
            baseUrl: https://zfgs.example.gov.cn/
            retention:
              default: 5y
              naturalPerson: 2y
            supervision:
              name: 执法监督科
              email: jdk@example.gov.cn
              phone: 0795-1234567
            """,
        ["bodies/amr.yml"] = """
            name: 测试市市场监督管理局
            kind: 行政机关
            creditCode: 11360900MB1766311A
            address: 测试市中心大道 1 号
            phone: 0795-3210000
            duties: [负责市场综合监督管理]
            powers:
              - {name: 对销售过期食品的行政处罚, category: 行政处罚, basis: 食品安全法第一百二十四条}
            remedies:
              reconsideration: 测试市人民政府
              litigation: 测试市中心区人民法院
            processes: [general]
            notify: fzk@example.gov.cn
            """,
        ["officers/amr.yml"] = """
            - name: 李明
              certificate: "36090012345"
              unit: 执法稽查局
              position: 科员
              categories: [市场监管综合执法]
              region: 测试市
              status: active
              validUntil: 2028-12-31
            - name: 王芳
              certificate: "36090012346"
              unit: 执法稽查局
              categories: [市场监管综合执法]
              region: 测试市
              status: suspended
            """,
        ["processes/general.yml"] = """
            title: 一般程序
            steps:
              - {id: start, label: 立案, kind: start, next: [check]}
              - id: check
                label: 审核
                kind: decision
                timeLimit: 15 个工作日
                next:
                  - {to: start, label: 补充}
                  - {to: done, label: 通过}
              - {id: done, label: 结案, kind: end}
            """,
        ["decisions/2025/a.md"] = """
            ---
            number: 测市监处罚〔2025〕1号
            title: 某公司案
            body: amr
            party: {kind: organization, name: 某公司, code: 91360902MA35L7XXXX}
            decided: 2025-03-01
            published: 2025-03-08
            category: 食品安全
            violation: 销售过期食品
            basis: 食品安全法第一百二十四条
            penalties:
              - {kind: 罚款, amount: 5000}
              - {kind: 警告}
            status: in-force
            ---
            正文。
            """,
        ["pages/about.md"] = "---\ntitle: 关于\n---\n关于本站。\n",
    };

    public ContentTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "content-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var (file, text) in ValidFiles) Write(file, text);
    }

    public string Root { get; }

    public ContentTree Write(string file, string text)
    {
        var path = Path.Combine(Root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Rewrites a file with one piece of its text replaced (which must be there).</summary>
    public ContentTree Replace(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        Assert.Contains(oldText, text);
        return Write(file, text.Replace(oldText, newText));
    }

    public ContentTree Delete(string file)
    {
        File.Delete(Path.Combine(Root, file));
        return this;
    }

    public Enforcement.Loading.LoadResult Load() => Enforcement.Loading.ContentLoader.Load(Root);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
