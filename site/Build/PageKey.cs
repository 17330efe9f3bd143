using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Enforcement.Site.Build;

/// <summary>
/// A digest of everything a page is made from: the program that renders it, its component, and every value
/// reachable from its parameters (a page depends only on those: see <see cref="PageRenderer.WriteAll"/>).
/// Two jobs with the same key render the same bytes, so the last build's file can stand in for rendering.
/// </summary>
/// <remarks>
/// Values are read the way the templates can read them: the properties and fields of records and classes a
/// template can see (public, or internal to this program where the templates live; their runtime type
/// included), the elements of sequences in order, a grouping's key, and plain values by type and invariant text. An object shared by many pages (the site's settings, a decision on its page and in lists)
/// is digested once per build, by reference: the model is immutable while pages are made.
/// A value this cannot read faithfully (a delegate, a stream, a graph deeper than any page's model) gives
/// no key, and that page is simply rendered every time. What it cannot see is private state behind a method a
/// template calls: the page model is records, whose state is what they show; keep it so.
/// </remarks>
internal sealed class PageKey
{
    private const int MaxDepth = 48;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>What renders: a changed template, model type or runtime makes every key new.</summary>
    private static readonly string Program = string.Join('|',
        typeof(PageKey).Assembly.ManifestModule.ModuleVersionId,
        typeof(Enforcement.Content.Decision).Assembly.ManifestModule.ModuleVersionId,
        typeof(Enforcement.Ui.Corrections.CorrectionRequestForm).Assembly.ManifestModule.ModuleVersionId,
        typeof(Microsoft.AspNetCore.Components.ComponentBase).Assembly.ManifestModule.ModuleVersionId,
        typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer).Assembly.ManifestModule.ModuleVersionId,
        Environment.Version);

    private readonly ConcurrentDictionary<object, byte[]?> digests = new(ReferenceEqualityComparer.Instance);

    /// <summary>The key of <paramref name="job"/>, or null if its parameters hold something that cannot be read faithfully.</summary>
    public string? Of(PageJob job)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Text(hash, Program);
        Text(hash, job.Url);
        Text(hash, job.Component.AssemblyQualifiedName!);
        try
        {
            foreach (var (name, value) in job.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Text(hash, name);
                if (!Value(hash, value, 0)) return null;
            }
        }
        catch (TargetInvocationException)
        {
            // A property that throws when read: let the renderer meet it (and report it) as it would without a cache.
            return null;
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private bool Value(IncrementalHash hash, object? value, int depth)
    {
        switch (value)
        {
            case null:
                Tag(hash, 'n');
                return true;
            case string s:
                Tag(hash, 's');
                Text(hash, s);
                return true;
            case Type t:
                Tag(hash, 't');
                Text(hash, t.AssemblyQualifiedName ?? t.FullName ?? t.Name);
                return true;
            case Delegate or Stream or Pointer:
                return false;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid)
        {
            Tag(hash, 'v');
            Text(hash, type.FullName!);
            Text(hash, value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString()!);
            return true;
        }
        if (depth > MaxDepth) return false;
        if (type.IsValueType) return Composite(hash, value, type, depth);

        // Shared objects are digested once; their digest stands for them in every page that holds them.
        var digest = digests.GetOrAdd(value, v =>
        {
            using var own = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            return Composite(own, v, type, depth) ? own.GetHashAndReset() : null;
        });
        if (digest is null) return false;
        Tag(hash, 'r');
        hash.AppendData(digest);
        return true;
    }

    private bool Composite(IncrementalHash hash, object value, Type type, int depth)
    {
        var shape = Shapes.GetOrAdd(type, Shape.Of);
        Tag(hash, 'o');
        Text(hash, shape.Name);
        if (shape.GroupingKey is { } key && !Value(hash, key.GetValue(value), depth + 1)) return false;
        if (value is IEnumerable sequence)
        {
            var count = 0;
            foreach (var item in sequence)
            {
                if (!Value(hash, item, depth + 1)) return false;
                count++;
            }
            Tag(hash, 'e');
            Text(hash, count.ToString(CultureInfo.InvariantCulture));
            // Arrays and the framework's collections say nothing beyond their items (Capacity only varies, an
            // array's SyncRoot is itself); a sequence of our own may.
            if (type.IsArray || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return true;
        }
        foreach (var member in shape.Members)
        {
            Text(hash, member.Name);
            if (!Value(hash, member.Read(value), depth + 1)) return false;
        }
        return true;
    }

    /// <summary>How values of one type are read: its name, a grouping's key, the members a template can see.</summary>
    private sealed record Shape(string Name, PropertyInfo? GroupingKey, (string Name, Func<object, object?> Read)[] Members)
    {
        private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

        public static Shape Of(Type type) => new(
            type.FullName ?? type.Name,
            type.GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IGrouping<,>))
                ?.GetProperty(nameof(IGrouping<int, int>.Key)),
            // Public or internal (the templates are in this program), in declaration order (fixed for a build of
            // the program): properties without parameters, then fields (a value tuple's items are fields).
            [
                .. type.GetProperties(Instance)
                    .Where(p => p.GetMethod is { } get && (get.IsPublic || get.IsAssembly || get.IsFamilyOrAssembly) && p.GetIndexParameters().Length == 0)
                    .OrderBy(p => p.MetadataToken)
                    .Select(p => (p.Name, (Func<object, object?>)p.GetValue)),
                .. type.GetFields(Instance)
                    .Where(f => f.IsPublic || f.IsAssembly || f.IsFamilyOrAssembly)
                    .OrderBy(f => f.MetadataToken)
                    .Select(f => (f.Name, (Func<object, object?>)f.GetValue)),
            ]);
    }

    private static void Tag(IncrementalHash hash, char tag)
    {
        Span<byte> one = [(byte)tag];
        hash.AppendData(one);
    }

    /// <summary>Length-prefixed, so "ab"+"c" and "a"+"bc" differ.</summary>
    private static void Text(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
