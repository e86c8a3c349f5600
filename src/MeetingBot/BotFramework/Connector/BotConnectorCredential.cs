using Azure.Core;
using Azure.Identity;

namespace MeetingBot.BotFramework.Connector;

/// <summary>The Entra ID credential behind the bot's outbound token, chosen by <c>MicrosoftAppType</c>.</summary>
public sealed record BotConnectorCredential(TokenCredential Credential)
{
    public static BotConnectorCredential From(BotFrameworkOptions options)
    {
        var authorityHost = new Uri(options.ToChannelFromBotLoginUrl);
        TokenCredential credential = options.MicrosoftAppType switch
        {
            BotAppType.UserAssignedMSI => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId!)),
            BotAppType.SingleTenant => new ClientSecretCredential(options.MicrosoftAppTenantId, options.MicrosoftAppId, options.MicrosoftAppPassword,
                new ClientSecretCredentialOptions { AuthorityHost = authorityHost }),
            // Multi-tenant bots get their token from the botframework.com tenant (reference §4.1).
            _ => new ClientSecretCredential("botframework.com", options.MicrosoftAppId, options.MicrosoftAppPassword,
                new ClientSecretCredentialOptions { AuthorityHost = authorityHost }),
        };
        return new BotConnectorCredential(credential);
    }
}
