using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>The process charts every generated content tree carries; content/processes/ ships the same three.</summary>
internal static class SampleProcesses
{
    private static ProcessStep S(string id, string label, StepKind kind, string? timeLimit, string? basis, params (string To, string? Label)[] next) =>
        new(id, label, kind, timeLimit, basis, next.Select(n => new ProcessTransition(n.To, n.Label)).ToList());

    public static readonly ProcessChart FiveSeparation = new(
        "five-separation",
        "行政处罚“五分离”(查办分离)流程图",
        "《中华人民共和国行政处罚法》；《市场监督管理行政处罚程序规定》",
        [
            S("start", "发现违法线索(投诉举报、监督检查、移送交办)", StepKind.Start, null, null, ("filing", null)),
            S("filing", "立案：案件受理机构核查线索，报机关负责人批准立案", StepKind.Step, "发现线索之日起 15 个工作日内", "《市场监督管理行政处罚程序规定》第十八条", ("investigate", null)),
            S("investigate", "调查：办案机构两名以上执法人员调查取证，形成调查终结报告", StepKind.Step, "立案之日起 90 日内作出处理决定", "《中华人民共和国行政处罚法》第五十五条、第六十条", ("review", null)),
            S("review", "核审：法制审核机构审核事实、证据、依据、程序和裁量", StepKind.Step, "收到案卷之日起 10 个工作日内", "《中华人民共和国行政处罚法》第五十八条", ("approve", null)),
            S("approve", "审批：机关负责人审批，重大复杂案件集体讨论决定", StepKind.Step, null, "《中华人民共和国行政处罚法》第五十七条", ("execute", null)),
            S("execute", "执行：执行机构送达决定书，督促履行，罚缴分离", StepKind.Step, "送达后 15 日内缴纳罚款", "《中华人民共和国行政处罚法》第六十一条、第六十七条", ("end", null)),
            S("end", "结案归档", StepKind.End, null, null),
        ]);

    public static readonly ProcessChart GeneralPenalty = new(
        "general-penalty",
        "行政处罚一般程序流程图",
        "《中华人民共和国行政处罚法》；《市场监督管理行政处罚程序规定》",
        [
            S("start", "发现违法线索", StepKind.Start, null, null, ("filing", null)),
            S("filing", "立案审查", StepKind.Decision, "15 个工作日", "《市场监督管理行政处罚程序规定》第十八条", ("investigate", "予以立案"), ("not-filed", "不予立案")),
            S("not-filed", "不予立案，告知举报人或移送有权机关", StepKind.End, null, null),
            S("investigate", "调查取证(执法人员不少于两人，出示执法证件)", StepKind.Step, null, "《中华人民共和国行政处罚法》第四十二条、第五十五条", ("audit", null)),
            S("audit", "案件审核", StepKind.Decision, null, "《中华人民共和国行政处罚法》第五十七条", ("notify", "拟给予行政处罚"), ("no-penalty", "不予行政处罚")),
            S("no-penalty", "不予行政处罚，撤销立案", StepKind.End, null, "《中华人民共和国行政处罚法》第三十三条"),
            S("notify", "告知拟处罚内容及陈述、申辩、听证权利", StepKind.Decision, "陈述申辩 5 个工作日；听证申请 5 日", "《中华人民共和国行政处罚法》第四十四条、第六十四条", ("statement", "陈述申辩"), ("hearing", "申请听证"), ("legal-review", "放弃权利")),
            S("statement", "复核陈述申辩意见", StepKind.Decision, null, "《中华人民共和国行政处罚法》第四十五条", ("investigate", "提出新的事实需补充调查"), ("legal-review", "复核完毕")),
            S("hearing", "组织听证", StepKind.Decision, "听证 7 日前通知当事人", "《中华人民共和国行政处罚法》第六十四条、第六十五条", ("investigate", "提出新的事实需补充调查"), ("legal-review", "听证结束")),
            S("legal-review", "法制审核", StepKind.Step, null, "《中华人民共和国行政处罚法》第五十八条", ("discussion", null)),
            S("discussion", "是否情节复杂或重大违法", StepKind.Decision, null, "《中华人民共和国行政处罚法》第五十七条第二款", ("collective", "是"), ("decide", "否")),
            S("collective", "机关负责人集体讨论", StepKind.Step, null, "《中华人民共和国行政处罚法》第五十七条第二款", ("decide", null)),
            S("decide", "作出行政处罚决定", StepKind.Step, "立案之日起 90 日内", "《中华人民共和国行政处罚法》第五十九条、第六十条", ("serve", null)),
            S("serve", "送达决定书", StepKind.Step, "7 日内", "《中华人民共和国行政处罚法》第六十一条", ("execute", null)),
            S("execute", "执行(罚款 15 日内缴纳；逾期每日加处 3%)", StepKind.Step, "15 日", "《中华人民共和国行政处罚法》第六十六条、第七十二条", ("close", null)),
            S("close", "结案归档，依法公示", StepKind.End, "作出决定之日起 7 个工作日内公示", "《中华人民共和国行政处罚法》第四十八条"),
        ]);

    public static readonly ProcessChart Inspection = new(
        "inspection",
        "行政检查(“双随机、一公开”)流程图",
        "《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》",
        [
            S("start", "制定年度抽查计划和抽查事项清单", StepKind.Start, null, null, ("draw", null)),
            S("draw", "随机抽取检查对象，随机选派执法检查人员", StepKind.Step, null, null, ("present", null)),
            S("present", "检查人员不少于两人，出示执法证件和行政执法监督卡", StepKind.Step, null, "《中华人民共和国行政处罚法》第五十五条", ("inspect", null)),
            S("inspect", "实施检查，制作现场笔录，当事人签字确认", StepKind.Decision, null, null, ("publish", "未发现问题"), ("rectify", "发现一般问题"), ("refer", "发现违法行为")),
            S("rectify", "责令限期改正，跟踪复查", StepKind.Step, null, null, ("publish", null)),
            S("refer", "移送立案查处", StepKind.Step, null, "《中华人民共和国行政处罚法》第五十四条", ("publish", null)),
            S("publish", "检查结果公示", StepKind.End, "检查结束之日起 20 个工作日内", null),
        ]);

    public static readonly ProcessChart[] All = [FiveSeparation, GeneralPenalty, Inspection];
}
