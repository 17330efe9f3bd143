using Enforcement.Api;
using Enforcement.Api.Cards;
using Enforcement.Api.Corrections;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Preview;
using Enforcement.Api.Retention;
using Enforcement.Api.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalInfrastructure();
builder.AddSearch();
builder.AddFeedback();
builder.AddCards();
builder.AddCorrections();
builder.AddRetention();

var app = builder.Build();
app.UsePortalInfrastructure();

app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
app.MapSearch();
app.MapFeedback();
app.MapCards();
app.MapCorrections();
app.MapPortalPreview();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
