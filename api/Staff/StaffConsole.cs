using System.Security.Claims;
using Enforcement.Api.Cards;
using Enforcement.Api.Feedback.Staff;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Api.Staff.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Staff;

/// <summary>
/// /staff/: the console for named staff. Sign-in with a name and password (a session cookie: HttpOnly,
/// SameSite=Strict, Secure behind TLS), antiforgery on every form, lockout after repeated failures.
/// </summary>
public static class StaffConsole
{
    public const string Scheme = "staff";
    public const string BodyClaim = "body";

    public static WebApplicationBuilder AddStaffConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddMigrations(StaffSchema.Migrations);
        builder.Services.AddSingleton<StaffAccounts>();
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "zfgs-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/staff";
            o.LoginPath = "/staff/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A disabled account (someone left, a password leaked) loses its sessions at once, not in up to eight hours
            // of a sliding session: each request checks the account is still there, enabled and of the same body.
            o.Events.OnValidatePrincipal = async context =>
            {
                var principal = context.Principal;
                var account = principal?.Identity?.Name is { } name
                    ? await context.HttpContext.RequestServices.GetRequiredService<StaffAccounts>().FindAsync(name, context.HttpContext.RequestAborted)
                    : null;
                if (account is { Disabled: false } && account.Name == principal!.Identity!.Name && account.Body == principal.FindFirst(BodyClaim)?.Value) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(Scheme);
            };
            // A form sent after the session ended (signed out in another tab) returns, once signed in, to the page
            // the form was on: its own address only takes posts. What was typed into it is shown beside the
            // sign-in form to copy, since a reply written for half an hour must not be lost to a timeout.
            o.Events.OnRedirectToLogin = async context =>
            {
                var request = context.Request;
                // The Referer's host, not its port: a proxy passes Host without it (nginx's $host), so a console served on
                // another port than 443 was taken for another site and signing in landed on the 工作台.
                var back = HttpMethods.IsGet(request.Method) ? request.PathBase + request.Path + request.QueryString
                    : Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
                      && string.Equals(referer.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
                        ? referer.PathAndQuery : "/staff/";
                var draft = HttpMethods.IsPost(request.Method) && request.HasFormContentType ? UnsentText(await request.ReadFormAsync()) : [];
                if (draft.Count == 0)
                {
                    context.Response.Redirect(context.Options.LoginPath + "?ReturnUrl=" + Uri.EscapeDataString(back));
                    return;
                }
                var services = context.HttpContext.RequestServices;
                await (await LoginPageAsync(context.HttpContext, services.GetRequiredService<IAntiforgery>(), services.GetRequiredService<PageRenderer>(),
                    null, StatusCodes.Status401Unauthorized, returnUrl: ReturnUrl(back), draft: draft)).ExecuteAsync(context.HttpContext);
            };
        });
        builder.Services.AddAuthorization();
        // Sessions and form tokens must read the same on every instance behind one address (Portal:KeysFolder).
        var keys = builder.Services.AddDataProtection().SetApplicationName("zfgs-portal");
        if (builder.Configuration["Portal:KeysFolder"] is { Length: > 0 } folder) keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "zfgs-staff-form";
            o.Cookie.Path = "/staff";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = FormToken;
        });
        return builder;
    }

    public const string FormToken = "__form";

    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        ConsoleLinks.WarnWhenMissing(app);
        var console = app.MapGroup("/staff").WithTags("Staff console").ExcludeFromDescription();
        // Nothing of the console is kept by the browser: Back after signing out on a shared office computer must
        // not show the queue, the ratings or an export again.
        console.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            http.Response.Headers.CacheControl = "no-store";
            if (http.User.Identity?.IsAuthenticated == true)
            {
                var services = http.RequestServices;
                PageRenderer.StartPagesWith(http, pages => pages.RenderAsync<ConsoleBar>(new Dictionary<string, object?>
                {
                    [nameof(ConsoleBar.Name)] = http.User.Identity.Name,
                    [nameof(ConsoleBar.BodyName)] = BodyName(http, services.GetRequiredService<PortalData>()),
                    [nameof(ConsoleBar.FormToken)] = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken,
                }));
            }
            var result = await next(context);
            // Handlers shared with the admin API answer refusals as problem details; a person in a browser gets a page.
            if (result is not ProblemHttpResult { ProblemDetails: var problem } refusal) return result;
            var title = problem.Title ?? "无法完成";
            return await context.HttpContext.RequestServices.GetRequiredService<PageRenderer>().PageAsync<ConsoleProblem>(title, new Dictionary<string, object?>
            {
                [nameof(ConsoleProblem.Title)] = title,
                [nameof(ConsoleProblem.Detail)] = problem.Detail,
            }, refusal.StatusCode);
        });
        var signedIn = console.MapGroup("").RequireAuthorization(p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        ConsoleCorrections.Map(signedIn);
        ConsoleFeedback.Map(signedIn);
        ConsoleCards.Map(signedIn);
        // A console address that is no page (mistyped, or an old link) answers in the console, with its bar and the way
        // back, rather than the public site's 404 (核验执法人员时来到这里？…).
        signedIn.MapGet("/{**unknown}", () => Results.Problem(title: "没有这个页面", detail: "地址可能有误，请从工作台进入", statusCode: StatusCodes.Status404NotFound));
        console.MapGet("/login", async (HttpContext http, IAntiforgery forms, PageRenderer pages) =>
            (await http.AuthenticateAsync(Scheme)).Succeeded
                ? Results.Redirect("/staff/")
                : await LoginPageAsync(http, forms, pages, null, StatusCodes.Status200OK, returnUrl: ReturnUrl(http.Request.Query["ReturnUrl"]),
                    signedOut: http.Request.Query["signedOut"] == "1"));
        console.MapPost("/login", SignInAsync);
        console.MapPost("/logout", async (HttpContext http, IAntiforgery forms, PageRenderer pages) =>
        {
            if (await RefuseForgedAsync(http, forms, pages) is { } forged) return forged;
            await http.SignOutAsync(Scheme);
            return Results.Redirect("/staff/login?signedOut=1", permanent: false);
        });
        console.MapGet("/", async (HttpContext http, PageRenderer pages, PortalData data) =>
            await pages.PageAsync<ConsoleHome>("执法公示工作台", new Dictionary<string, object?>
            {
                [nameof(ConsoleHome.Body)] = http.User.FindFirstValue(BodyClaim),
                [nameof(ConsoleHome.BodyName)] = BodyName(http, data),
                // Read on the API's own address its frame's links (首页, 执法主体, the search) were no pages there.
                [nameof(ConsoleHome.SatisfactionUrl)] = pages.SiteLink($"/api/feedback/satisfaction/{Uri.EscapeDataString(http.User.FindFirstValue(BodyClaim) ?? "")}"),
            })).RequireAuthorization(p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        console.MapGet("/satisfaction", async (HttpContext http, PageRenderer pages, PortalData data, RatingQueries queries, CancellationToken cancel) =>
        {
            var body = http.User.FindFirstValue(BodyClaim) ?? "";
            // A body's staff see their own body's ratings only; the supervision office ("*") sees every body.
            var (bodies, officers) = await queries.SatisfactionAsync(new RatingFilter(Body: body == StaffAccount.AllBodies ? null : body), cancel);
            return await pages.PageAsync<SatisfactionReport>("满意度统计", new Dictionary<string, object?>
            {
                [nameof(SatisfactionReport.Scope)] = body == StaffAccount.AllBodies ? "全部执法主体" : data.Body(body)?.Name ?? body,
                [nameof(SatisfactionReport.Listed)] = SatisfactionScope.Bodies(body, data, bodies),
                [nameof(SatisfactionReport.Bodies)] = bodies,
                [nameof(SatisfactionReport.Officers)] = officers,
            });
        }).RequireAuthorization(p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return app;
    }

    /// <summary>The person signed in, as the desks take a caller: their name and the body they act for.</summary>
    public static Enforcement.Api.Infrastructure.Staff.StaffIdentity Identity(HttpContext http) =>
        new(http.User.Identity?.Name ?? "", http.User.FindFirstValue(BodyClaim) ?? "-");

    /// <summary>The body the person signed in acts for, by its name; 全部执法主体 for the supervision office.</summary>
    private static string BodyName(HttpContext http, PortalData data) =>
        http.User.FindFirstValue(BodyClaim) is { } b && b != StaffAccount.AllBodies ? data.Body(b)?.Name ?? b : "全部执法主体";

    /// <summary>The bodies a list can be narrowed to: every body for the supervision office, none for a body's own staff.</summary>
    public static IReadOnlyList<(string Slug, string Name)> BodiesToFilter(Enforcement.Api.Infrastructure.Staff.StaffIdentity staff, PortalData data) =>
        staff.Body == StaffAccount.AllBodies ? (data.Registry?.Bodies ?? []).Select(b => (b.Slug, b.Name)).ToList() : [];

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery forms, PageRenderer pages, StaffAccounts accounts, CancellationToken cancel)
    {
        if (await RefuseForgedSignInAsync(http, forms, pages) is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = ReturnUrl(form["returnUrl"]);
        PageRenderer.AnswerPostAs(http, returnUrl is null ? "/staff/login" : $"/staff/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        if (name.Length == 0 || password.Length == 0)
            return await LoginPageAsync(http, forms, pages, "请填写账号和密码。", StatusCodes.Status400BadRequest, name, returnUrl);
        var (account, refusal) = await accounts.SignInAsync(name, password, cancel);
        if (account is null)
            // One answer for a wrong password, an unknown name and a locked account: a different one for a lock
            // would tell whoever tries names which of them exist.
            return await LoginPageAsync(http, forms, pages,
                $"账号或密码错误。连续输错 {SignInRules.MaxFailures} 次，账号将锁定 {SignInRules.LockFor.TotalMinutes:0} 分钟，期间无法登录，请稍后再试或联系系统管理员。",
                StatusCodes.Status401Unauthorized, name, returnUrl);
        await http.SignInAsync(Scheme, Principal(account.Name, account.Body));
        return Results.Redirect(returnUrl ?? "/staff/", permanent: false);
    }

    /// <summary>
    /// Where to go after signing in: a console page only (a path under /staff/, not the login page itself), never
    /// another site, so the parameter cannot send a person elsewhere.
    /// </summary>
    internal static string? ReturnUrl(string? asked) =>
        asked is { Length: > 7 and < 300 } url && url.StartsWith("/staff/", StringComparison.Ordinal) && !url.StartsWith("/staff/login", StringComparison.Ordinal)
            && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\') && url.All(c => c > ' ' && c < 0x7F)
            // /staff/../api/x is /api/x to the browser: no dot segment, written or escaped.
            && !url.Split('?')[0].Split('/').Any(segment => segment is "." or "..") && !url.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            ? url : null;

    private static async Task<IResult> LoginPageAsync(HttpContext http, IAntiforgery forms, PageRenderer pages, string? error, int status,
        string? name = null, string? returnUrl = null, IReadOnlyList<UnsentField>? draft = null, bool signedOut = false) =>
        await pages.PageAsync<LoginPage>("工作人员登录", new Dictionary<string, object?>
        {
            [nameof(LoginPage.FormToken)] = forms.GetAndStoreTokens(http).RequestToken,
            [nameof(LoginPage.Error)] = error,
            [nameof(LoginPage.Name)] = name,
            [nameof(LoginPage.ReturnUrl)] = returnUrl,
            [nameof(LoginPage.Expired)] = error is null && returnUrl is not null,
            [nameof(LoginPage.SignedOut)] = signedOut,
            [nameof(LoginPage.Draft)] = draft ?? [],
        }, status);

    /// <summary>The console's free-text fields, by the words their forms label them with.</summary>
    private static readonly (string Field, string Label)[] TextFields = [("reply", "答复内容"), ("reason", "理由"), ("note", "跟进记录")];

    /// <summary>
    /// What a person typed into a console form that was not accepted, to show back to them. The card withdrawal's reason
    /// is a code from a list (stolen), shown as the list's words beside the serial typed; it was shown as 理由 stolen.
    /// </summary>
    internal static IReadOnlyList<UnsentField> UnsentText(IFormCollection form) =>
        form.ContainsKey("serial")
            ? [.. new UnsentField[] { new("卡号", form["serial"].ToString()), new("停用原因", CardWithdrawals.TryParse(form["reason"], out var reason) ? reason.Label() : "") }
                .Where(f => !string.IsNullOrWhiteSpace(f.Text))]
            : [.. TextFields.Where(f => !string.IsNullOrWhiteSpace(form[f.Field])).Select(f => new UnsentField(f.Label, form[f.Field].ToString()))];

    /// <summary>
    /// Where a post that was taken (or a question it asks) is shown: 303, which the browser follows with a GET, so the page
    /// in its history is a GET and Back or a reload there posts nothing (a page answering the post itself was
    /// 确认重新提交表单, ERR_CACHE_MISS, since the console is no-store). A refused post keeps answering with its form.
    /// </summary>
    internal static IResult SeeOther(string url) => new SeeOtherResult(url);

    private sealed record SeeOtherResult(string Url) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = Url;
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Every console form: a post without the page's own token (forged, or from a stale page) is refused with a page that
    /// says so, what was typed shown back to copy. A form token is bound to the account that opened the page: one opened
    /// by another account that has since been replaced on this browser (退出登录 and 登录 as com1 in another tab) is told
    /// apart, and said so, by checking the token as that account's; only this browser can hold such a pair, since the
    /// token's cookie half is its own.
    /// </summary>
    internal static async Task<IResult?> RefuseForgedAsync(HttpContext http, IAntiforgery forms, PageRenderer pages, string? address = null)
    {
        // The form's page, refused or not, stands for its GET address (Back and Reload open it rather than post again).
        if (address is not null) PageRenderer.AnswerPostAs(http, address);
        if (http.Request.HasFormContentType && await forms.IsRequestValidAsync(http)) return null;
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        var openedBy = form is not null && http.User.Identity?.IsAuthenticated == true ? await OpenedByAsync(http, forms) : null;
        return await pages.PageAsync<FormExpired>(openedBy is null ? "页面已过期" : "未提交：此浏览器已登录另一账号", new Dictionary<string, object?>
        {
            [nameof(FormExpired.OpenedBy)] = openedBy,
            [nameof(FormExpired.SignedIn)] = http.User.Identity?.Name,
            [nameof(FormExpired.Address)] = address ?? "/staff/",
            [nameof(FormExpired.Draft)] = form is null ? [] : UnsentText(form),
        }, openedBy is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict);
    }

    /// <summary>The account (other than the one signed in now) whose page the form's token was made for on this browser, if any.</summary>
    private static async Task<string?> OpenedByAsync(HttpContext http, IAntiforgery forms)
    {
        var now = http.User.Identity?.Name;
        foreach (var account in await http.RequestServices.GetRequiredService<StaffAccounts>().ListAsync(http.RequestAborted))
            if (account.Name != now && await IsValidAsAsync(http, forms, Principal(account.Name, account.Body))) return account.Name;
        return null;
    }

    /// <summary>The form's token checked as if <paramref name="user"/> were signed in.</summary>
    private static async Task<bool> IsValidAsAsync(HttpContext http, IAntiforgery forms, ClaimsPrincipal user)
    {
        var signedIn = http.User;
        http.User = user;
        try { return await forms.IsRequestValidAsync(http); }
        finally { http.User = signedIn; }
    }

    /// <summary>A session's principal, as signing in makes it (the form tokens are bound to its claims).</summary>
    private static ClaimsPrincipal Principal(string name, string body) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(BodyClaim, body)], Scheme));

    /// <summary>
    /// The sign-in form is made for nobody signed in, and is checked so: once another tab has signed in, a second sign-in
    /// page (two request links opened from mails) still signs in and goes on to its page, rather than 页面已过期. A post
    /// without this browser's token pair is still refused.
    /// </summary>
    private static async Task<IResult?> RefuseForgedSignInAsync(HttpContext http, IAntiforgery forms, PageRenderer pages) =>
        http.Request.HasFormContentType && await IsValidAsAsync(http, forms, new ClaimsPrincipal(new ClaimsIdentity()))
            ? null
            : await pages.PageAsync<FormExpired>("页面已过期", new Dictionary<string, object?>(), StatusCodes.Status400BadRequest);
}
