namespace MeetingBot.Backends;

/// <summary>The video backends the bot can run on.</summary>
public enum ConferencingProvider
{
    TrueConf,
    MoodHood,
}

/// <summary>Settings of the <c>Conferencing</c> configuration section: which video backend the bot uses.</summary>
public sealed class ConferencingOptions
{
    public const string SectionName = "Conferencing";
    public const string ProviderKey = SectionName + ":" + nameof(Provider);

    /// <summary><c>TrueConf</c> (the default) or <c>MoodHood</c>, case-insensitive.</summary>
    public string? Provider { get; set; }

    /// <summary>The configured backend, or null when the value names none (the validator refuses it).</summary>
    internal static ConferencingProvider? Parse(string? value) => value?.Trim() switch
    {
        null or "" => ConferencingProvider.TrueConf,
        var name when name.Equals(nameof(ConferencingProvider.TrueConf), StringComparison.OrdinalIgnoreCase) => ConferencingProvider.TrueConf,
        var name when name.Equals(nameof(ConferencingProvider.MoodHood), StringComparison.OrdinalIgnoreCase) => ConferencingProvider.MoodHood,
        _ => null,
    };
}
