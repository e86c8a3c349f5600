using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

/// <summary><c>{"error":{"code","message","errors":[…]}}</c> (reference §4).</summary>
internal sealed record ApiErrorResponse(ApiErrorContent Error);

internal sealed record ApiErrorContent(int Code, string Message, IReadOnlyList<ApiErrorItem> Errors);

internal sealed record ApiErrorItem(
    string Reason,
    string Message,
    [property: JsonPropertyName("locationType"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? LocationType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Location);
