using NJsonSchema;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>The official Adaptive Card 1.5 schema, loaded once; Teams-only root properties are checked separately.</summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.schema.json")));

    /// <summary>The schema's complaints about <paramref name="cardJson"/>, one line each; empty when valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string cardJson)
    {
        var schema = await Schema.Value;
        return schema.Validate(cardJson).Select(error => $"{error.Path}: {error.Kind}").ToArray();
    }
}
