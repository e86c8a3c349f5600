using Microsoft.Extensions.Options;

namespace MeetingBot.Backends;

/// <summary>Refuses a <c>Conferencing:Provider</c> that names no backend, naming the key and the choices.</summary>
internal sealed class ConferencingOptionsValidator : IValidateOptions<ConferencingOptions>
{
    public ValidateOptionsResult Validate(string? name, ConferencingOptions options) =>
        ConferencingOptions.Parse(options.Provider) is null
            ? ValidateOptionsResult.Fail($"{ConferencingOptions.ProviderKey} must be TrueConf or MoodHood (TrueConf when unset), got '{options.Provider}'.")
            : ValidateOptionsResult.Success;
}
