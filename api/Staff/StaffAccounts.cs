using Enforcement.Api.Infrastructure.Storage;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Api.Staff;

/// <summary>
/// The staff accounts in the API's database: created and disabled from the command line, checked at sign-in and on every
/// console request (a disabled account's session ends at once).
/// </summary>
public sealed class StaffAccounts(Database database, TimeProvider clock)
{
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    public async Task<bool> AddAsync(string name, string body, string password, CancellationToken cancel = default)
    {
        var hash = Hasher.HashPassword(new StaffAccount(name, body, "", false, 0, null), password);
        await using var connection = await database.OpenAsync(cancel);
        // Sign-in ignores case (a phone keyboard capitalises the first letter), so Li and li would be one person.
        if (await connection.QueryAsync("SELECT name FROM staff_accounts WHERE lower(name) = lower(@name)", r => r.GetString(0), null, cancel, ("@name", name)) is { Count: > 0 })
            return false;
        var added = await connection.ExecuteAsync(
            "INSERT INTO staff_accounts (name, body, password_hash, created_at) VALUES (@name, @body, @hash, @at) ON CONFLICT (name) DO NOTHING",
            null, cancel, ("@name", name), ("@body", body), ("@hash", hash), ("@at", clock.GetUtcNow().ToString("O")));
        return added == 1;
    }

    public async Task<List<StaffAccount>> ListAsync(CancellationToken cancel = default)
    {
        await using var connection = await database.OpenAsync(cancel);
        return await connection.QueryAsync($"SELECT {Columns} FROM staff_accounts ORDER BY name", Read, null, cancel);
    }

    public async Task<StaffAccount?> FindAsync(string name, CancellationToken cancel = default)
    {
        await using var connection = await database.OpenAsync(cancel);
        // Case aside: ZhangJing and zhangjing are one name. An exact match decides between accounts made before that rule.
        var found = await connection.QueryAsync($"SELECT {Columns} FROM staff_accounts WHERE lower(name) = lower(@name)", Read, null, cancel, ("@name", name));
        return found.Find(a => a.Name == name) ?? (found.Count == 1 ? found[0] : null);
    }

    public async Task<bool> DisableAsync(string name, CancellationToken cancel = default)
    {
        if (await FindAsync(name, cancel) is not { } account) return false;
        await using var connection = await database.OpenAsync(cancel);
        return await connection.ExecuteAsync("UPDATE staff_accounts SET disabled = 1 WHERE name = @name", null, cancel, ("@name", account.Name)) == 1;
    }

    /// <summary>
    /// The account, if the name and password are right and it may sign in now. A wrong password counts towards
    /// the lockout; while locked, even the right one is refused.
    /// </summary>
    public async Task<(StaffAccount? Account, SignInRefusal Refusal)> SignInAsync(string name, string password, CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        if (await FindAsync(name, cancel) is not { } account)
        {
            // The same work as a real check, so the answer's timing does not tell which names exist.
            Hasher.VerifyHashedPassword(Dummy, Dummy.PasswordHash, password);
            return (null, SignInRefusal.Wrong);
        }
        if (account.Disabled) return (null, SignInRefusal.Wrong);
        if (SignInRules.IsLocked(account, now)) return (null, SignInRefusal.Locked);
        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        await using var connection = await database.OpenAsync(cancel);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var (failures, lockedUntil) = SignInRules.AfterFailure(account, now);
            await connection.ExecuteAsync("UPDATE staff_accounts SET failed_sign_ins = @failures, locked_until = @until WHERE name = @name", null, cancel,
                ("@failures", failures), ("@until", lockedUntil?.ToString("O")), ("@name", account.Name));
            return (null, lockedUntil is null ? SignInRefusal.Wrong : SignInRefusal.Locked);
        }
        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account, password) : account.PasswordHash;
        await connection.ExecuteAsync("UPDATE staff_accounts SET failed_sign_ins = 0, locked_until = NULL, password_hash = @hash WHERE name = @name", null, cancel,
            ("@hash", hash), ("@name", account.Name));
        return (account with { FailedSignIns = 0, LockedUntil = null }, SignInRefusal.None);
    }

    private static readonly StaffAccount Dummy = new("-", "*", Hasher.HashPassword(new StaffAccount("-", "*", "", false, 0, null), "not a password of anyone's"), false, 0, null);

    private const string Columns = "name, body, password_hash, disabled, failed_sign_ins, locked_until";

    private static StaffAccount Read(System.Data.Common.DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3)) != 0, Convert.ToInt32(r.GetValue(4)),
        r.IsDBNull(5) ? null : DateTimeOffset.Parse(r.GetString(5), System.Globalization.CultureInfo.InvariantCulture));
}

public enum SignInRefusal { None, Wrong, Locked }
