namespace MeetingBot.BotFramework.Auth;

/// <summary>Lifetime rules shared by both inbound token kinds.</summary>
internal static class ChannelTokenLifetime
{
    /// <summary>Tolerance on <c>nbf</c>/<c>exp</c> used by Microsoft's documentation and every Bot Framework SDK.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
