using System.Text.Json;
using MeetingBot.TrueConfSimulator.Errors;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>Reads a request body as a JSON object; anything else is a <c>parseError</c>.</summary>
internal static class JsonBody
{
    public static async Task<Outcome<JsonDocument>> ReadObjectAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return JsonDocument.Parse("{}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return ApiErrors.ParseError(exception.Message);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return ApiErrors.ParseError("the body must be a JSON object.");
        }

        return document;
    }
}
