using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>The <c>v3.N</c> or <c>v4</c> segment of an API path.</summary>
internal readonly record struct ApiVersion(int Major, int Minor)
{
    private const string ItemKey = "TrueConfSimulator.ApiVersion";

    public bool IsV4 => Major == 4;

    public ApiVersions Flag => IsV4 ? ApiVersions.V4 : ApiVersions.V3;

    /// <summary>Accepts <c>v3</c>, <c>v3.{any minor}</c> and <c>v4</c>.</summary>
    public static bool TryParse(string? segment, out ApiVersion version)
    {
        version = default;
        if (segment is null || !segment.StartsWith('v'))
        {
            return false;
        }

        var parts = segment[1..].Split('.');
        if (parts[0] == "4" && parts.Length == 1)
        {
            version = new ApiVersion(4, 0);
            return true;
        }

        if (parts[0] != "3" || parts.Length > 2)
        {
            return false;
        }

        var minor = 0;
        if (parts.Length == 2 &&
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor))
        {
            return false;
        }

        version = new ApiVersion(3, minor);
        return true;
    }

    public static ApiVersion? Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? (ApiVersion)value! : null;

    /// <summary>The version of an API request; only valid behind the API group's gate.</summary>
    public static ApiVersion Require(HttpContext context) =>
        Of(context) ?? throw new InvalidOperationException("The API version gate did not run for this endpoint.");

    public void Store(HttpContext context) => context.Items[ItemKey] = this;
}

[Flags]
internal enum ApiVersions
{
    V3 = 1,
    V4 = 2,
    All = V3 | V4,
}
