using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework;

/// <summary>Checks the Bot Framework keys as the Bot Framework defines them; messages name the key at fault.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
                break;
            case BotAppType.SingleTenant:
                if (!hasPassword)
                {
                    failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant (the default).");
                }

                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant (the default): the Directory (tenant) ID of the bot's app registration.");
                }

                break;
            case BotAppType.UserAssignedMSI:
                if (hasPassword)
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret).");
                }

                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                }

                break;
        }

        foreach (var (key, value) in new[]
                 {
                     (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl),
                     (nameof(options.ToBotFromEntraOpenIdMetadataUrl), options.ToBotFromEntraOpenIdMetadataUrl),
                     (nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl),
                 })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                failures.Add($"{key} must be an absolute URL, got '{value}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
