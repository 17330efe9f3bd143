using System.Text;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Content;
using Enforcement.Redaction;
using Enforcement.Time;

namespace Enforcement.Api.Feedback;

/// <summary>
/// The e-mail the supervision office gets at once for a poor rating or a reported problem. The rater's
/// contact details stay out of it (mail gets forwarded and archived); it only says whether there are any,
/// to be looked up under staff access.
/// </summary>
public static class AttentionMail
{
    public static OutboxMessage For(string reference, RatingRequest rating, string bodyName, SupervisionOffice office, DateTimeOffset receivedChinaTime, string? consoleUrl)
    {
        var officer = rating.Officer;
        var reason = rating.Problems.Count > 0 ? "问题反映" : "差评";
        var missed = RatingVocabulary.Checks.Where(c => !rating.Checks.Contains(c)).ToList();
        var text = new StringBuilder()
            .Append(office.Name).AppendLine("：").AppendLine()
            .AppendLine("“码上监督”收到一条需要及时关注的执法评价。").AppendLine()
            .Append("评价编号：").AppendLine(reference)
            .Append("执法人员：").Append(officer.Name).Append("（执法证号 ").Append(officer.Certificate).AppendLine("）")
            .Append("执法主体：").Append(bodyName).Append(' ').AppendLine(officer.Unit)
            .Append("检查日期：").AppendLine(ChinaTime.Written(rating.VisitDate))
            .Append("总体评价：").Append(RatingVocabulary.LevelOf(rating.Rating)).Append("（").Append(rating.Rating).AppendLine(" 分）")
            .Append("反映的问题：").AppendLine(rating.Problems.Count > 0 ? string.Join("、", rating.Problems) : "无")
            .Append("未确认的规范事项：").AppendLine(missed.Count > 0 ? string.Join("、", missed) : "无")
            // A phone or ID written into the comment is as much the rater's contact as the one kept out of this mail.
            .Append("补充说明：").AppendLine(string.IsNullOrEmpty(rating.Comment) ? "无" : TypedContacts.Masked(rating.Comment))
            .Append("评价人留有联系方式：").AppendLine(rating.Contact is null ? "否" : "是（邮件中不含联系方式，请在工作台的评价页面查看）")
            .Append("收到时间：").Append(receivedChinaTime.ToString("yyyy-MM-dd HH:mm")).AppendLine("（北京时间）")
            .AppendLine()
            .Append("请登录执法公示工作台查看并记录跟进情况：").AppendLine(Enforcement.Api.Staff.ConsoleLinks.To(consoleUrl, $"feedback/{Uri.EscapeDataString(reference)}"));
        return new OutboxMessage(office.Email, $"【码上监督】{reason} {reference}：{officer.Name}（{officer.Certificate}）", text.ToString());
    }
}
