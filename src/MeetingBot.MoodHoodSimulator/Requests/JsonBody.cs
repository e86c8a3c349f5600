using System.Text.Json;
using MeetingBot.MoodHoodSimulator.Errors;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>Reads a request body as a JSON object; anything else is 400 <c>BAD_REQUEST</c>.</summary>
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
            return ApiErrors.BadRequest(exception.Message);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return ApiErrors.BadRequest("the body must be a JSON object.");
        }

        return document;
    }
}
