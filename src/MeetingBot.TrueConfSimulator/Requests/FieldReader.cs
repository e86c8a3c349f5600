using System.Text.Json;
using MeetingBot.TrueConfSimulator.Errors;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>
/// Reads typed fields from one JSON object. A wrong JSON type is recorded as <c>invalidValue</c> and read as
/// "not sent"; JSON null also counts as not sent.
/// </summary>
internal sealed class FieldReader(JsonElement obj, List<ApiErrorDetail> errors, string prefix = "")
{
    public List<ApiErrorDetail> Errors => errors;

    public string Location(string name) => prefix + name;

    public bool Has(string name) => obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public void Require(string name)
    {
        if (!Has(name))
        {
            errors.Add(ApiErrors.Required(Location(name)));
        }
    }

    public void Invalid(string name, string why) => errors.Add(ApiErrors.InvalidValue(Location(name), why));

    public string? String(string name) =>
        Read(name, JsonValueKind.String, "a string is expected.") is { } value ? value.GetString() : null;

    public int? Int(string name)
    {
        if (Read(name, JsonValueKind.Number, "an integer is expected.") is not { } value)
        {
            return null;
        }

        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        Invalid(name, "an integer is expected.");
        return null;
    }

    public long? Long(string name)
    {
        if (Read(name, JsonValueKind.Number, "an integer is expected.") is not { } value)
        {
            return null;
        }

        if (value.TryGetInt64(out var number))
        {
            return number;
        }

        Invalid(name, "an integer is expected.");
        return null;
    }

    /// <summary>Only 0 or 1, as v3 flags such as <c>auto_invite</c>.</summary>
    public int? Flag(string name)
    {
        var value = Int(name);
        if (value is null or 0 or 1)
        {
            return value;
        }

        Invalid(name, "0 or 1 is expected.");
        return null;
    }

    /// <summary>A JSON boolean; 0 and 1 are accepted too.</summary>
    public bool? Bool(string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number when value.TryGetInt32(out var number) && number is 0 or 1:
                return number == 1;
            default:
                Invalid(name, "a boolean is expected.");
                return null;
        }
    }

    public IReadOnlyList<string>? Strings(string name)
    {
        if (Read(name, JsonValueKind.Array, "an array of strings is expected.") is not { } array)
        {
            return null;
        }

        if (array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Invalid(name, "an array of strings is expected.");
            return null;
        }

        return array.EnumerateArray().Select(item => item.GetString()!).ToArray();
    }

    public IReadOnlyList<JsonElement>? Array(string name) =>
        Read(name, JsonValueKind.Array, "an array is expected.")?.EnumerateArray().ToArray();

    public FieldReader? Object(string name) =>
        Read(name, JsonValueKind.Object, "an object is expected.") is { } value
            ? new FieldReader(value, errors, $"{Location(name)}.")
            : null;

    public IEnumerable<string> Names() => obj.EnumerateObject().Select(property => property.Name);

    private JsonElement? Read(string name, JsonValueKind kind, string expectation)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == kind)
        {
            return value;
        }

        Invalid(name, expectation);
        return null;
    }
}
