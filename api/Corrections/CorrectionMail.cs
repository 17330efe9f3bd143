using System.Globalization;
using System.Text;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Contacts;
using Enforcement.Corrections;
using Enforcement.Time;

namespace Enforcement.Api.Corrections;

/// <summary>The portal's name and addresses (the site's, and the staff console's when set), as the e-mails need them.</summary>
/// <summary>What the workflow's mails say of the site: its title and address, the console's address, the supervision office.</summary>
internal sealed record MailContext(string SiteTitle, string BaseUrl, string? ConsoleUrl, Enforcement.Content.SupervisionOffice Supervision);

/// <summary>
/// The plain-text e-mails of the workflow. The requester's first e-mail is the only place the confirming
/// token is ever written, since only its hash is stored.
/// </summary>
internal static class CorrectionMail
{
    public static string StatusLink(string baseUrl, string ticket, string token) =>
        $"{baseUrl.TrimEnd('/')}/corrections/status/?ticket={Uri.EscapeDataString(ticket)}&token={Uri.EscapeDataString(token)}";

    public static string FormatDay(DateOnly day) => ChinaTime.Written(day);

    public static string FormatInstant(DateTimeOffset at) =>
        ChinaTime.At(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>To the requester, at once: confirm through the private link, or the request lapses.</summary>
    public static OutboxMessage Confirm(MailContext site, CorrectionRequest request, string ticket, string mailToken, DateTimeOffset lapsesAt)
    {
        var text = new StringBuilder()
            // No text the submitter chose (not even the name): anyone can make the portal send this mail to any address.
            .AppendLine("您好：").AppendLine()
            .AppendLine("我们收到了一份以本邮箱为联系邮箱、对以下公示信息的更正申请：")
            .AppendLine($"  {request.Subject.KindLabel}：{request.Subject.Reference}")
            .AppendLine($"  {request.Subject.Title}").AppendLine()
            .AppendLine($"申请编号：{ticket}")
            .AppendLine($"查询码：{mailToken}").AppendLine()
            .AppendLine("请打开下面的链接，在页面上点击“确认提交申请”。确认后，申请才会送交")
            .AppendLine($"{request.Subject.BodyName}办理。{FormatInstant(lapsesAt)} 前未确认的申请将自动失效。").AppendLine()
            .AppendLine(StatusLink(site.BaseUrl, ticket, mailToken)).AppendLine()
            .AppendLine("此链接也是您查看办理进度的私人链接，请妥善保存，不要转发给他人。")
            .AppendLine("如果您没有提交过这份申请，请忽略本邮件：不点击确认，申请就不会送交办理，并会自动失效。").AppendLine()
            .AppendLine(site.SiteTitle);
        return new OutboxMessage(request.Email, $"请确认您的更正申请（{ticket}）", text.ToString());
    }

    /// <summary>To the body's notify address once the requester has confirmed: everything needed to handle it.</summary>
    public static OutboxMessage ToBody(MailContext site, string notify, StoredCorrection c)
    {
        var text = new StringBuilder()
            .AppendLine($"{c.Subject.BodyName}：").AppendLine()
            .AppendLine($"收到一份经申请人确认的更正申请，请在 {FormatDay(c.Deadline!.Value)} 前核实并答复。").AppendLine()
            .AppendLine($"申请编号：{c.Ticket}")
            .AppendLine($"{c.Subject.KindLabel}：{c.Subject.Reference}")
            .AppendLine($"公示信息：{c.Subject.Title}");
        if (c.Subject.Url is { } url) text.AppendLine($"公示页面：{site.BaseUrl.TrimEnd('/')}{url}");
        text.AppendLine()
            .AppendLine("哪里有误：").AppendLine(c.Description).AppendLine()
            .AppendLine("应更正为：").AppendLine(c.Correction).AppendLine();
        if (c.Evidence is { } evidence) text.AppendLine("证明材料说明：").AppendLine(evidence).AppendLine();
        if (c.Attachments.Count > 0)
        {
            text.AppendLine($"附件 {c.Attachments.Count} 个（请在工作台的申请页面中查看）：");
            foreach (var a in c.Attachments) text.AppendLine($"  {a.FileName}（{FormatSize(a.Size)}）");
            text.AppendLine();
        }
        text.AppendLine($"申请人：{c.Name}")
            .AppendLine($"电子邮箱：{c.Email}");
        if (c.Phone is { } phone) text.AppendLine($"联系电话：{ContactRules.WithAreaCodeApart(phone)}");
        text.AppendLine($"提交时间：{FormatInstant(c.Submitted)}").AppendLine()
            // The address on a line of its own: mail clients that link up to the next space took a ，after it into the link.
            .AppendLine("办理：登录执法公示工作台，打开这份申请：")
            .AppendLine(Enforcement.Api.Staff.ConsoleLinks.To(site.ConsoleUrl, $"corrections/{Uri.EscapeDataString(c.Ticket)}"))
            .AppendLine("依次变更为“核实中”，再变更为“已更正”或“不予更正”（须说明理由）。每次变更都会通知申请人。").AppendLine()
            .AppendLine(site.SiteTitle);
        // A 执法证号 is a bare run of digits in a mail list (更正申请 GZ-2026-000002：36090012389): say what it is.
        var about = c.Subject.Kind == CorrectionSubject.Certificate ? $"{c.Subject.KindLabel} {c.Subject.Reference}" : c.Subject.Reference;
        return new OutboxMessage(notify, $"更正申请 {c.Ticket}：{about}（答复期限 {FormatDay(c.Deadline.Value)}）", text.ToString());
    }

    /// <summary>
    /// Where a requester who disagrees with a refusal or a correction can turn, the office named with its phone: 执法监督机构 alone sent
    /// people looking for which one.
    /// </summary>
    public static string Objection(Enforcement.Content.SupervisionOffice office) =>
        $"如对答复有异议，可向{office.Called}反映{(office.Phone.Length > 0 ? $"（电话 {office.Phone}）" : "")}，或依法申请行政复议、提起行政诉讼";

    /// <summary>To the requester at every change after submission.</summary>
    /// <param name="token">A new private status link's token, made for this mail (the first one is stored only hashed).</param>
    public static OutboxMessage Progress(MailContext site, StoredCorrection c, HistoryEntry change, string token)
    {
        var text = new StringBuilder()
            .AppendLine($"{c.Name}，您好：").AppendLine()
            .AppendLine($"您的更正申请（申请编号 {c.Ticket}）状态已更新为：{change.Status.Label()}。")
            .AppendLine($"  {c.Subject.KindLabel}：{c.Subject.Reference}");
        // Each part after a blank line of its own (one blank line before the reply, not two).
        switch (change.Status)
        {
            case CorrectionStatus.Accepted:
                text.AppendLine().AppendLine($"申请已送交{c.Subject.BodyName}办理，答复期限为 {FormatDay(c.Deadline!.Value)}。");
                break;
            case CorrectionStatus.Refused:
                text.AppendLine().AppendLine($"{c.Subject.BodyName}经核实，决定不予更正。");
                break;
        }
        if (change.Reason is { } reason) text.AppendLine().AppendLine("理由：").AppendLine(reason);
        if (change.Reply is { } reply) text.AppendLine().AppendLine($"{c.Subject.BodyName}答复：").AppendLine(reply);
        // 已更正 too: with no 部分更正, a request partly met is closed so, and its requester may object as to a refusal.
        if (change.Status is CorrectionStatus.Refused or CorrectionStatus.Corrected)
            text.AppendLine().AppendLine(Objection(site.Supervision) + $"（途径和期限见 {site.BaseUrl.TrimEnd('/')}/remedies/）。");
        text.AppendLine()
            .AppendLine("查看办理进度和全部答复（您的私人链接，请勿转发）：")
            .AppendLine(StatusLink(site.BaseUrl, c.Ticket, token)).AppendLine()
            .AppendLine(site.SiteTitle);
        return new OutboxMessage(c.Email, $"更正申请 {c.Ticket} 办理进展：{change.Status.Label()}", text.ToString());
    }

    /// <summary>
    /// To an address that asked for its progress links again: a new private link for each request filed with it.
    /// Like the confirmation, it carries no text the asker chose, and goes only to the address the requests name.
    /// </summary>
    public static OutboxMessage Links(MailContext site, string email, IReadOnlyList<(StoredCorrection Correction, string Token)> links)
    {
        var text = new StringBuilder()
            .AppendLine("您好：").AppendLine()
            .AppendLine("有人在执法公示网站上请求把以本邮箱提交的更正申请的进度链接重新发到本邮箱。")
            .AppendLine("以下是每份申请新的私人链接（原来邮件中的链接仍然有效）：").AppendLine();
        foreach (var (c, token) in links)
            text.AppendLine($"申请编号：{c.Ticket}（{c.Status.Label()}，提交于 {FormatInstant(c.Submitted)}）")
                .AppendLine($"  {c.Subject.KindLabel}：{c.Subject.Reference}")
                .AppendLine($"  查询码：{token}")
                .AppendLine($"  {StatusLink(site.BaseUrl, c.Ticket, token)}").AppendLine();
        text.AppendLine("尚未确认的申请，请打开链接后点击“确认提交申请”。这些链接只属于您本人，请不要转发给他人。")
            .AppendLine("如果不是您本人请求的，请忽略本邮件：链接只发给本邮箱，别人看不到。").AppendLine()
            .AppendLine(site.SiteTitle);
        return new OutboxMessage(email, "您的更正申请进度链接", text.ToString());
    }

    /// <summary>The daily reminder to a body of its requests past their deadline.</summary>
    public static OutboxMessage OverdueDigest(MailContext site, string notify, string bodyName, DateOnly today, IReadOnlyList<StoredCorrection> overdue)
    {
        var text = new StringBuilder()
            .AppendLine($"{bodyName}：").AppendLine()
            .AppendLine($"截至 {FormatDay(today)}，以下 {overdue.Count} 份更正申请已超过答复期限，尚未办结：").AppendLine();
        foreach (var c in overdue)
            text.AppendLine($"  {c.Ticket}  {c.Status.Label()}  答复期限 {FormatDay(c.Deadline!.Value)}  {c.Subject.KindLabel} {c.Subject.Reference}");
        text.AppendLine()
            .AppendLine("请尽快核实并答复。逾期清单：/api/admin/corrections?overdue=true").AppendLine()
            .AppendLine(site.SiteTitle);
        return new OutboxMessage(notify, $"{overdue.Count} 份更正申请已逾期（{FormatDay(today)}）", text.ToString());
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB");
}
