using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Contacts;
using Enforcement.Corrections;
using Enforcement.Ui.Corrections;
using Enforcement.Validation;

namespace Enforcement.Api.Corrections;

/// <summary>Reads and checks a correction request, whether it came as JSON or as a form with attachments.</summary>
internal static class CorrectionForm
{
    public const int MaxTextLength = CorrectionLimits.MaxTextLength;
    public const int MaxNameLength = CorrectionLimits.MaxNameLength;

    /// <summary>The only field files may come under.</summary>
    public const string AttachmentsField = "attachments";

    public static async Task<(CorrectionRequest? Request, FieldErrors Errors)> ReadAsync(Submission form, PortalData data, CancellationToken cancel)
    {
        var errors = new FieldErrors();
        var subject = Subject(form, data, errors);
        var description = Text(form, "description", MaxTextLength, errors, "请说明公示信息哪里有误。");
        var correction = Text(form, "correction", MaxTextLength, errors, "请填写正确的内容应当是什么。");
        var evidence = Text(form, "evidence", MaxTextLength, errors, null);
        var name = Text(form, "name", MaxNameLength, errors, "请填写您的姓名。");

        var email = ContactRules.NormalizeEmail(form["email"]);
        if (EmailProblem(email, "请填写电子邮箱，我们会通过邮件请您确认申请，并告知办理结果。") is { } problem) errors.Add("email", problem);

        string? phone = null;
        if (form["phone"] is { } phoneText && (phone = ContactRules.NormalizePhone(phoneText)) is null)
            errors.Add("phone", "联系电话格式不正确，请填写手机号码或带区号的固定电话（例如 0795-1234567）。");

        if (!CorrectionRequestForm.IsYes(form["consent"])) errors.Add("consent", "请勾选同意我们就本申请与您联系。");

        var attachments = await AttachmentsAsync(form.Files, errors, cancel);
        if (errors.Any) return (null, errors);
        return (new CorrectionRequest(subject!, description!, correction!, evidence, name!, email!, phone, attachments), errors);
    }

    /// <summary>What is wrong with an e-mail address typed into a form (<paramref name="missing"/> when there is none); null when nothing.</summary>
    public static string? EmailProblem(string? email, string missing) =>
        email is null ? missing : ContactRules.IsEmail(email) ? null : "电子邮箱格式不正确，请检查（例如 zhangsan@example.com）。";

    private static CorrectionSubject? Subject(Submission form, PortalData data, FieldErrors errors)
    {
        var number = form["decision"];
        var certificate = form["certificate"];
        if (number is not null && certificate is not null)
        {
            errors.Add("decision", "文书号和执法证号只需填写一项：更正处罚决定填文书号，更正执法人员信息填执法证号。");
            return null;
        }
        if (number is not null)
        {
            if (FindDecision(data, number) is not { } decision)
            {
                // Said of an ended decision too, which the registry no longer holds: its party, holding the paper copy, was
                // told only that the number was wrong.
                errors.Add("decision", $"未找到文书号为「{Clip(number)}」的公示中的处罚决定书，请与公示页面上的文书号核对后重新填写。"
                    + "公示期已满的处罚决定已停止公示，不在本网站展示，无需申请更正。");
                return null;
            }
            return new CorrectionSubject(CorrectionSubject.Decision, decision.Number, decision.Title, decision.Url, decision.BodySlug,
                BodyName(data, decision.BodySlug));
        }
        if (certificate is not null)
        {
            if (data.Officer(certificate) is not { } officer)
            {
                errors.Add("certificate", $"未找到执法证号为「{Clip(certificate)}」的执法人员，请与公示页面上的执法证号核对后重新填写。");
                return null;
            }
            return new CorrectionSubject(CorrectionSubject.Certificate, officer.Certificate, $"执法人员 {officer.Name}（{officer.Unit}）",
                Feedback.OfficerPage.PathFor(officer.Certificate), officer.BodySlug, BodyName(data, officer.BodySlug));
        }
        errors.Add("decision", "请填写要更正的处罚决定书的文书号，或执法人员的执法证号。");
        return null;
    }

    /// <summary>
    /// As published, or as people type it, as search reads it: other brackets (宜市监处罚[2025]12号, ［2025］), full-width
    /// digits (〔２０２６〕７１号), 号 left off. One decision only: a typed number two decisions could be is not guessed.
    /// </summary>
    internal static Enforcement.Registry.RegistryDecision? FindDecision(PortalData data, string number)
    {
        if (data.Decision(number) is { } exact) return exact;
        // As the search reads it: in any brackets, and copied with its label (文书号：宜市监处罚〔2025〕12号).
        return Enforcement.Search.DecisionNumberKey.Loose(Enforcement.Search.DecisionNumberQuery.WithoutLabel(number)) is { } key
            && data.Current?.DecisionsByLooseNumber.GetValueOrDefault(key) is { } found ? found : null;
    }

    private static string BodyName(PortalData data, string slug) => data.Body(slug)?.Name ?? slug;

    private static string? Text(Submission form, string field, int max, FieldErrors errors, string? requiredMessage)
    {
        var value = form[field];
        if (value is null)
        {
            if (requiredMessage is not null) errors.Add(field, requiredMessage);
            return null;
        }
        if (CharacterCount.Of(value) is var count && count > max)
        {
            errors.Add(field, $"「{CorrectionRequestForm.Labels[field]}」不能超过 {max} 字（现有 {count} 字）。");
            return null;
        }
        return value;
    }

    private static async Task<IReadOnlyList<NewAttachment>> AttachmentsAsync(IReadOnlyList<IFormFile> files, FieldErrors errors, CancellationToken cancel)
    {
        // A file input left empty still sends a part with no name and no content.
        var chosen = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        // Files come only through the attachments input; one sent under any other field is refused, not kept.
        foreach (var stray in chosen.Where(f => f.Name != AttachmentsField).Select(f => f.Name).Distinct())
            errors.Add(stray.Length is > 0 and <= 64 ? stray : AttachmentsField, $"只能通过「{CorrectionRequestForm.Labels[AttachmentsField]}」上传文件。");
        chosen = [.. chosen.Where(f => f.Name == AttachmentsField)];
        if (chosen.Count > AttachmentTypes.MaxCount)
        {
            errors.Add("attachments", $"最多上传 {AttachmentTypes.MaxCount} 个附件（现有 {chosen.Count} 个）。");
            return [];
        }
        var read = new List<NewAttachment>();
        foreach (var file in chosen)
        {
            var shown = Clip(AttachmentNames.Clean(file.FileName) ?? "附件");
            if (file.Length == 0) { errors.Add("attachments", $"附件「{shown}」是空文件。"); continue; }
            if (file.Length > AttachmentTypes.MaxBytes)
            {
                errors.Add("attachments", $"附件「{shown}」超过 5 MB，请压缩后重新上传。");
                continue;
            }
            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, cancel);
            if (AttachmentTypes.Detect(content.AsSpan(0, Math.Min(content.Length, AttachmentTypes.HeaderLength))) is not { } kind)
            {
                errors.Add("attachments", $"附件「{shown}」不是 PDF、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关）。");
                continue;
            }
            read.Add(new NewAttachment(AttachmentNames.For(file.FileName, kind, read.Count + 1), kind, content));
        }
        return read;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
