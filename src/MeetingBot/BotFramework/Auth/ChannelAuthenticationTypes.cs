namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Values of <see cref="System.Security.Claims.ClaimsIdentity.AuthenticationType"/> on a successful
/// <see cref="ChannelAuthResult"/>: which authority vouched for the request.
/// </summary>
public static class ChannelAuthenticationTypes
{
    /// <summary>Token signed by the Bot Connector service, endorsed for the activity's channel.</summary>
    public const string BotConnector = "BotConnector";

    /// <summary>Token issued by Microsoft Entra ID in a Bot Service tenant or the bot's own tenant.</summary>
    public const string Entra = "Entra";
}
