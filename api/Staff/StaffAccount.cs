namespace Enforcement.Api.Staff;

/// <summary>
/// A named person who works in the console, for one body or for all ("*": the supervision office). The
/// password is kept only as ASP.NET Core's PasswordHasher hash.
/// </summary>
public sealed record StaffAccount(string Name, string Body, string PasswordHash, bool Disabled, int FailedSignIns, DateTimeOffset? LockedUntil)
{
    public const string AllBodies = "*";
}
