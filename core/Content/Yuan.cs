using System.Globalization;

namespace Enforcement.Content;

/// <summary>Money as the portal writes it for people: 20,000 元, 1,234.50 元 (fen only when there are some).</summary>
public static class Yuan
{
    public static string Written(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture) + " 元";
}
