using Enforcement.Api;
using Enforcement.Api.Cards;
using Enforcement.Api.Corrections;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Preview;
using Enforcement.Api.Retention;
using Enforcement.Api.Search;
using Enforcement.Api.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalInfrastructure();
builder.AddSearch();
builder.AddFeedback();
builder.AddCards();
builder.AddCorrections();
builder.AddRetention();
builder.AddStaffConsole();

var app = builder.Build();
if (!StartupSettings.AreValid(app.Services, Console.Error)) return StartupSettings.WrongSettingExitCode;
if (StaffCommand.Arguments(args) is { } staff) return await StaffCommand.RunAsync(app.Services, staff, Console.In, Console.Out, Console.Error);
app.UsePortalInfrastructure();

app.MapPage("/api/health", () => Results.Ok(new { status = "ok" }));
app.MapSearch();
app.MapFeedback();
app.MapCards();
app.MapCorrections();
app.MapStaffConsole();
app.MapBuildAssets();
app.MapPortalPreview();

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
