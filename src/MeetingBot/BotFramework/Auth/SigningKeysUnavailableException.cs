namespace MeetingBot.BotFramework.Auth;

/// <summary>The OpenID metadata or key set at <see cref="MetadataAddress"/> could not be fetched even once.</summary>
internal sealed class SigningKeysUnavailableException(string metadataAddress, Exception innerException)
    : Exception($"Signing keys from {metadataAddress} are unavailable.", innerException)
{
    public string MetadataAddress { get; } = metadataAddress;
}
