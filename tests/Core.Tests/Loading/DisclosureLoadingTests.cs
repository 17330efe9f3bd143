using Enforcement.Content;
using Enforcement.Validation;

namespace Enforcement.Core.Tests.Loading;

/// <summary>The 三项制度 content: disclosure lists, 双随机 tasks, case leads. Every new error kind, with file, key and line.</summary>
public sealed class DisclosureLoadingTests : IDisposable
{
    private readonly ContentTree _tree = new();

    public DisclosureLoadingTests()
    {
        _tree.Replace("bodies/amr.yml", "  - {name: 对销售过期食品的行政处罚, category: 行政处罚, basis: 食品安全法第一百二十四条}",
            "  - {id: food-124, name: 对销售过期食品的行政处罚, category: 行政处罚, basis: 食品安全法第一百二十四条, unit: 执法稽查局}\n" +
            "randomInspections:\n" +
            "  - {item: 食品经营者检查, basis: 食品安全法第一百一十条, subject: 测试市市场监督管理局, content: 进货查验, agency: 食品科}");
        _tree.Replace("officers/amr.yml", "  validUntil: 2028-12-31", "  validUntil: 2028-12-31\n  caseLead: 初级\n  caseLeadSince: 2024-01-01");
        _tree.Replace("decisions/2025/a.md", "status: in-force", "power: food-124\ndiscretion: expired\ncaseLead: \"36090012345\"\nofficers: [\"36090012345\", \"36090012346\"]\nstatus: in-force");
        _tree.Write("disclosure/amr.yml", """
            services:
              - name: 食品经营许可
                power: food-124
                basis: 食品安全法第三十五条
                agency: 行政审批科
                timeLimit: 10 个工作日
                supervision: 法规科
                accountability: 依法追究
                remedy: 行政复议或者行政诉讼
            discretion:
              - id: expired
                power: food-124
                violation: 销售过期食品
                basis: 食品安全法第一百二十四条
                levels:
                  - {grade: 一般, circumstances: 货值不足一万元, penalty: 五万元以上十万元以下罚款}
            legalReview:
              - {item: 较大数额罚款, scope: 10 万元以上, basis: 行政处罚法第五十八条, reviewer: 法规科}
            """);
        _tree.Write("inspections/2025/food.yml", """
            title: 2025年食品抽查
            body: amr
            plan: 2025年度抽查计划
            item: 食品经营者检查
            checks: [进货查验]
            date: 2025-02-10
            published: 2025-02-20
            drawn: 3
            officers: ["36090012345"]
            results:
              - {unit: 某公司, kind: organization, outcome: 立案查处, decision: 测市监处罚〔2025〕1号}
              - {unit: 某某商店, kind: individual-business, operator: 张三丰, outcome: 未发现问题}
            """);
    }

    public void Dispose() => _tree.Dispose();

    private ContentError Single(string file, string key)
    {
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        var match = result.Errors.Where(e => e.File == file && e.Key == key).ToList();
        Assert.True(match.Count == 1, $"expected one error at {file} {key}, got:\n{string.Join("\n", result.Errors)}");
        return match[0];
    }

    [Fact]
    public void The_valid_tree_loads_every_new_value()
    {
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var content = result.Content!;
        var body = content.Bodies.Single();
        Assert.Equal(("food-124", "执法稽查局"), (body.Powers[0].Id, body.Powers[0].Unit));
        Assert.Equal(("测试市市场监督管理局", "进货查验", "食品科"), (body.RandomInspections[0].Subject, body.RandomInspections[0].Content, body.RandomInspections[0].Agency));
        Assert.Equal((CaseLeadLevel.Junior, new DateOnly(2024, 1, 1)), (content.Officers[0].CaseLead!.Value, content.Officers[0].CaseLeadSince!.Value));
        Assert.Null(content.Officers[1].CaseLead);
        var decision = content.Decisions.Single();
        Assert.Equal(("food-124", "expired", "36090012345"), (decision.Power, decision.Discretion, decision.CaseLead));
        Assert.Equal(["36090012345", "36090012346"], decision.CaseOfficers);
        var disclosure = content.Disclosures.Single();
        Assert.Equal("amr", disclosure.BodySlug);
        Assert.Equal("五万元以上十万元以下罚款", disclosure.Discretion.Single().Levels.Single().Penalty);
        Assert.Equal("10 个工作日", disclosure.Services.Single().TimeLimit);
        Assert.Equal("法规科", disclosure.LegalReview.Single().Reviewer);
        var task = content.Inspections.Single();
        Assert.Equal(("inspections/2025/food.yml", "/inspections/2025/food/", 3), (task.SourcePath, task.Url, task.Drawn));
        Assert.Equal([InspectionOutcome.CaseFiled, InspectionOutcome.NoProblem], task.Results.Select(r => r.Outcome));
        Assert.Equal("张三丰", task.Results[1].Operator);
        Assert.Equal(CaseLeadLimits.Default, content.Site.CaseLeadLimits);
        Assert.Equal(new RetentionPeriod(3, RetentionUnit.Years), content.Site.InspectionRetention);
    }

    [Fact]
    public void A_misspelt_key_in_a_result_or_a_task_is_an_error_since_a_misspelt_redact_would_publish_what_it_lists()
    {
        _tree.Replace("inspections/2025/food.yml", "operator: 张三丰, outcome: 未发现问题}", "operator: 张三丰, outcome: 未发现问题, redcat: [张三丰家]}");
        var error = Single("inspections/2025/food.yml", "results[1].redcat");
        Assert.Contains("是否应为 'redact'", error.Message);

        _tree.Replace("inspections/2025/food.yml", ", redcat: [张三丰家]}", "}");
        _tree.Replace("inspections/2025/food.yml", "drawn: 3", "drawn: 3\npublised: 2025-02-21");
        Assert.Contains("是否应为 'published'", Single("inspections/2025/food.yml", "publised").Message);
    }

    [Fact]
    public void Site_settings_set_case_lead_limits_and_the_inspection_period()
    {
        _tree.Replace("site.yml", "  naturalPerson: 2y", "  naturalPerson: 2y\n  inspections: 1y\ncaseLeadLimits:\n  初级: 6000\n  中级: 20000");
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var site = result.Content!.Site;
        Assert.Equal(new RetentionPeriod(1, RetentionUnit.Years), site.InspectionRetention);
        Assert.Equal(6000m, site.CaseLeadLimits.LimitFor(CaseLeadLevel.Junior));
        Assert.Equal(20000m, site.CaseLeadLimits.LimitFor(CaseLeadLevel.Intermediate));
        Assert.Null(site.CaseLeadLimits.LimitFor(CaseLeadLevel.Senior));
    }

    [Fact]
    public void Unknown_case_lead_level_in_site_settings()
    {
        _tree.Replace("site.yml", "  naturalPerson: 2y", "  naturalPerson: 2y\ncaseLeadLimits:\n  特级: 3000");
        var error = Single("site.yml", "caseLeadLimits.特级");
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Bad_case_lead_limit_and_bad_inspection_period()
    {
        _tree.Replace("site.yml", "  naturalPerson: 2y", "  naturalPerson: 2y\n  inspections: forever\ncaseLeadLimits:\n  初级: 五千");
        Assert.Contains("五千", Single("site.yml", "caseLeadLimits.初级").Message);
        Assert.Contains("forever", Single("site.yml", "retention.inspections").Message);
    }

    [Fact]
    public void Unknown_case_lead_level_of_an_officer()
    {
        _tree.Replace("officers/amr.yml", "caseLead: 初级", "caseLead: 特级");
        Assert.Contains("特级", Single("officers/amr.yml", "[0].caseLead").Message);
    }

    [Fact]
    public void Disclosure_for_a_body_that_does_not_exist()
    {
        _tree.Write("disclosure/nobody.yml", "services: []\n");
        Assert.Contains("nobody", Single("disclosure/nobody.yml", "").Message);
    }

    [Fact]
    public void Missing_field_of_a_service_guide_names_its_position_and_line()
    {
        _tree.Replace("disclosure/amr.yml", "    timeLimit: 10 个工作日\n", "");
        Assert.Equal(2, Single("disclosure/amr.yml", "services[0].timeLimit").Line);
    }

    [Fact]
    public void Duplicate_or_unusable_discretion_id()
    {
        _tree.Replace("disclosure/amr.yml", "legalReview:", """
              - id: expired
                violation: 另一违法行为
                basis: 某法
                levels: [{grade: 一般, circumstances: 一般情形, penalty: 警告}]
              - id: Bad Id
                violation: 又一违法行为
                basis: 某法
                levels: [{grade: 一般, circumstances: 一般情形, penalty: 警告}]
            legalReview:
            """);
        Assert.Contains("重复", Single("disclosure/amr.yml", "discretion[1].id").Message);
        Assert.Contains("Bad Id", Single("disclosure/amr.yml", "discretion[2].id").Message);
    }

    [Fact]
    public void Discretion_standard_without_levels()
    {
        _tree.Replace("disclosure/amr.yml", "    levels:\n      - {grade: 一般, circumstances: 货值不足一万元, penalty: 五万元以上十万元以下罚款}\n", "");
        Single("disclosure/amr.yml", "discretion[0].levels");
    }

    [Fact]
    public void Standard_or_guide_naming_a_power_the_body_does_not_have()
    {
        _tree.Replace("disclosure/amr.yml", "    power: food-124\n    violation", "    power: food-999\n    violation");
        Assert.Contains("food-999", Single("disclosure/amr.yml", "discretion[0].power").Message);
        _tree.Replace("disclosure/amr.yml", "  - name: 食品经营许可\n    power: food-124", "  - name: 食品经营许可\n    power: food-998");
        Assert.Contains("food-998", Single("disclosure/amr.yml", "services[0].power").Message);
    }

    [Fact]
    public void Duplicate_power_id()
    {
        _tree.Replace("bodies/amr.yml", "randomInspections:", "  - {id: food-124, name: 另一事项, category: 行政检查, basis: 某法}\nrandomInspections:");
        Single("bodies/amr.yml", "powers[1].id");
    }

    [Fact]
    public void Decision_naming_an_unknown_power_or_standard_gives_the_line_in_the_file()
    {
        _tree.Replace("decisions/2025/a.md", "power: food-124", "power: food-999");
        // Line 14 of the file: the opening --- is line 1.
        Assert.Equal(14, Single("decisions/2025/a.md", "power").Line);
        _tree.Replace("decisions/2025/a.md", "discretion: expired", "discretion: nothing");
        Assert.Equal(15, Single("decisions/2025/a.md", "discretion").Line);
    }

    [Fact]
    public void Decision_naming_an_unknown_officer()
    {
        _tree.Replace("decisions/2025/a.md", "\"36090012346\"]", "\"99999999999\"]");
        Assert.Contains("99999999999", Single("decisions/2025/a.md", "officers[1]").Message);
    }

    [Fact]
    public void Inspection_outside_a_year_folder_or_in_the_wrong_year()
    {
        _tree.Write("inspections/old/x.yml", "title: x\n");
        Single("inspections/old", "");
        _tree.Delete("inspections/old/x.yml");
        Directory.Delete(Path.Combine(_tree.Root, "inspections/old"));
        _tree.Replace("inspections/2025/food.yml", "date: 2025-02-10", "date: 2024-12-30");
        Assert.Equal(6, Single("inspections/2025/food.yml", "date").Line);
    }

    [Fact]
    public void Inspection_published_before_it_was_carried_out()
    {
        _tree.Replace("inspections/2025/food.yml", "published: 2025-02-20", "published: 2025-02-01");
        Single("inspections/2025/food.yml", "published");
    }

    [Fact]
    public void Inspection_drawn_missing_bad_or_fewer_than_its_results()
    {
        _tree.Replace("inspections/2025/food.yml", "drawn: 3", "drawn: 1");
        Assert.Contains("2", Single("inspections/2025/food.yml", "results").Message);
        _tree.Replace("inspections/2025/food.yml", "drawn: 1", "drawn: 三");
        Single("inspections/2025/food.yml", "drawn");
        _tree.Replace("inspections/2025/food.yml", "drawn: 三\n", "");
        Single("inspections/2025/food.yml", "drawn");
    }

    [Fact]
    public void Inspection_result_with_an_unknown_outcome_or_a_natural_person()
    {
        _tree.Replace("inspections/2025/food.yml", "outcome: 未发现问题", "outcome: 合格");
        Assert.Contains("合格", Single("inspections/2025/food.yml", "results[1].outcome").Message);
        _tree.Replace("inspections/2025/food.yml", "kind: individual-business", "kind: natural-person");
        Single("inspections/2025/food.yml", "results[1].kind");
    }

    [Fact]
    public void A_filed_case_needs_its_decision_number_and_only_a_filed_case_has_one()
    {
        _tree.Replace("inspections/2025/food.yml", ", decision: 测市监处罚〔2025〕1号", "");
        Single("inspections/2025/food.yml", "results[0].decision");
        _tree.Replace("inspections/2025/food.yml", "outcome: 未发现问题}", "outcome: 未发现问题, decision: 测市监处罚〔2025〕1号}");
        Assert.Contains("立案查处", Single("inspections/2025/food.yml", "results[1].decision").Message);
    }

    [Fact]
    public void A_filed_case_must_name_a_decision_of_the_same_body()
    {
        _tree.Replace("inspections/2025/food.yml", "测市监处罚〔2025〕1号", "测市监处罚〔2025〕999号");
        var error = Single("inspections/2025/food.yml", "results[0].decision");
        Assert.Contains("999号", error.Message);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void Inspection_of_an_unknown_body_or_an_item_not_on_the_body_list()
    {
        _tree.Replace("inspections/2025/food.yml", "item: 食品经营者检查", "item: 药品检查");
        Assert.Contains("药品检查", Single("inspections/2025/food.yml", "item").Message);
        _tree.Replace("inspections/2025/food.yml", "body: amr", "body: nobody");
        Assert.Equal(2, Single("inspections/2025/food.yml", "body").Line);
    }

    [Fact]
    public void Inspection_by_an_unknown_officer()
    {
        _tree.Replace("inspections/2025/food.yml", "officers: [\"36090012345\"]", "officers: [\"123\"]");
        Single("inspections/2025/food.yml", "officers[0]");
    }

    [Fact]
    public void Free_page_may_not_take_the_inspection_or_statistics_paths()
    {
        _tree.Write("pages/statistics.md", "---\ntitle: 数据\n---\n正文\n");
        Single("pages/statistics.md", "");
    }
}
