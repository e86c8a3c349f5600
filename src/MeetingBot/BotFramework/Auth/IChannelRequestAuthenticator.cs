using System.Security.Claims;

namespace MeetingBot.BotFramework.Auth;

/// <summary>Decides whether an inbound <c>POST /api/messages</c> really comes from a Bot Framework channel.</summary>
public interface IChannelRequestAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity it carries.
    /// In anonymous mode every request succeeds.
    /// </summary>
    ValueTask<ChannelAuthResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}

public sealed record ChannelAuthResult(bool Succeeded, string? FailureReason, ClaimsIdentity? Identity)
{
    public static ChannelAuthResult Anonymous { get; } = new(true, null, null);
    public static ChannelAuthResult Fail(string reason) => new(false, reason, null);
    public static ChannelAuthResult Success(ClaimsIdentity identity) => new(true, null, identity);
}
