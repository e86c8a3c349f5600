using MeetingBot.AdaptiveCards;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// The body answered to an <c>adaptiveCard/action</c> invoke (reference §6.4). <see cref="Value"/> is an <see cref="AdaptiveCard"/>, a
/// string or an <see cref="InvokeError"/>: all three are in <see cref="BotFrameworkJsonContext"/>, which writes an
/// <c>object</c> by its runtime type without reflection. Build it with the factory methods.
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, object? Value) : InvokeAnswer
{
    public const string CardType = AdaptiveCard.ContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the clicked card for the clicker.</summary>
    public static InvokeResponse Card(AdaptiveCard card) => new(200, CardType, card);

    /// <summary>A short message the client shows to the clicker.</summary>
    public static InvokeResponse Message(string text) => new(200, MessageType, text);

    /// <param name="statusCode">400 when the request was wrong, 500 when the bot failed to do it.</param>
    public static InvokeResponse Error(int statusCode, string code, string message) => new(statusCode, ErrorType, new InvokeError(code, message));
}

/// <summary>The <c>value</c> of an error invoke response.</summary>
public sealed record InvokeError(string Code, string Message);
