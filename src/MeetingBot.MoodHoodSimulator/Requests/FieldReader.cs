using System.Text.Json;

namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>
/// Reads typed fields from one JSON object, collecting every problem for one 422 <c>VALIDATION_ERROR</c>. A wrong
/// JSON type is a problem and reads as "not sent"; JSON null also counts as not sent.
/// </summary>
internal sealed class FieldReader(JsonElement obj)
{
    public List<string> Problems { get; } = [];

    public bool Has(string name) => obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public void Problem(string problem) => Problems.Add(problem);

    /// <summary>A string with some non-blank text; <paramref name="required"/> makes a missing one a problem.</summary>
    public string? Text(string name, bool required = false)
    {
        if (!Has(name))
        {
            if (required)
            {
                Problems.Add($"'{name}' is required.");
            }

            return null;
        }

        var value = obj.GetProperty(name);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problems.Add($"'{name}' must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = Text(name, required);
        if (value is not null && !allowed.Contains(value))
        {
            Problems.Add($"'{name}' must be one of: {string.Join(", ", allowed)}.");
            return null;
        }

        return value;
    }

    public bool? Bool(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        switch (obj.GetProperty(name).ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                Problems.Add($"'{name}' must be a boolean.");
                return null;
        }
    }

    /// <summary>A whole number within <paramref name="min"/>…<paramref name="max"/>.</summary>
    public long? Integer(string name, long min, long max)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = obj.GetProperty(name);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min || number > max)
        {
            Problems.Add($"'{name}' must be an integer from {min} to {max}.");
            return null;
        }

        return number;
    }

    /// <summary>The raw value, for settings echoed back as sent.</summary>
    public JsonElement? Raw(string name) => Has(name) ? obj.GetProperty(name).Clone() : null;
}
