namespace Enforcement.Api.Staff;

/// <summary>
/// Lockout: after <see cref="MaxFailures"/> wrong passwords in a row the account refuses every sign-in for
/// <see cref="LockFor"/>, right password or not, so guessing costs hours rather than seconds. A success
/// clears the count.
/// </summary>
public static class SignInRules
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    public static bool IsLocked(StaffAccount account, DateTimeOffset now) => account.LockedUntil is { } until && now < until;

    /// <summary>The count and lock after one more wrong password.</summary>
    public static (int Failures, DateTimeOffset? LockedUntil) AfterFailure(StaffAccount account, DateTimeOffset now)
    {
        var failures = IsLocked(account, now) ? account.FailedSignIns : account.FailedSignIns + 1;
        return failures >= MaxFailures ? (0, now + LockFor) : (failures, account.LockedUntil is { } until && now < until ? until : null);
    }

    /// <summary>A name: 2-40 characters, letters (Chinese too), digits, '.', '-', '_'.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length is < 2 or > 40 || !name.Trim().All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_')
            ? "账号名须为 2-40 个字符：字母、汉字、数字或 . - _ (name: 2-40 letters, digits, . - _)"
            : null;

    /// <summary>A password long enough not to be guessed inside the lockout: 12 characters or more.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < 12 ? "密码至少 12 个字符 (password: at least 12 characters)" : null;
}
