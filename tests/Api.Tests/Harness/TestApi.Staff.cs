using System.Net;
using Enforcement.Api.Staff;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Enforcement.Api.Tests.Harness;

/// <summary>The staff console as a person uses it: an account made on the command line, a browser that keeps cookies.</summary>
public sealed partial class TestApi
{
    public const string StaffPassword = "correct horse battery";

    /// <summary>Runs <c>staff ...</c> against this API's database, as on its machine: exit code, standard output, standard error.</summary>
    public async Task<(int Code, string Out, string Err)> StaffCommandAsync(string stdin, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await StaffCommand.RunAsync(Services, ["staff", .. args], new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A client that keeps cookies and does not follow redirects, like a browser whose steps a test checks.</summary>
    public HttpClient Browser() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>An account for <paramref name="body"/> ("*": all), signed in through the login form.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string body)
    {
        Assert.Equal(0, (await StaffCommandAsync(StaffPassword + "\n", "add", "--name", name, "--body", body)).Code);
        var browser = Browser();
        var response = await browser.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = await FormTokenAsync(browser, "/staff/login"), ["name"] = name, ["password"] = StaffPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>The antiforgery token in the page's form, as the browser would send it back.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string url) =>
        (await Html.ReadAsync(await browser.GetAsync(url))).QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
}
