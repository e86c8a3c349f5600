using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Localization;

/// <summary>Refuses to start with a texts file that differs from English, naming the file and the key.</summary>
internal sealed class TextsValidation : IValidateOptions<MeetingBotOptions>
{
    public ValidateOptionsResult Validate(string? name, MeetingBotOptions options)
    {
        try
        {
            TextCatalog.LoadEmbedded();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException problem)
        {
            return ValidateOptionsResult.Fail(problem.Message);
        }
    }
}
