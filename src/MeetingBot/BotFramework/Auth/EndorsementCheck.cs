namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// A Bot Connector signing key is only trusted for the channels listed in its JWKS <c>endorsements</c>.
/// Stricter than botbuilder: a key without endorsements and an activity without <c>channelId</c> both fail,
/// because MeetingBot only ever serves real channels (Teams) on this path.
/// </summary>
internal static class EndorsementCheck
{
    /// <returns><c>null</c> when the key is endorsed for the channel, else a short failure reason.</returns>
    public static string? Check(ConnectorSigningKeys keys, string? signingKeyId, string? channelId)
    {
        if (string.IsNullOrWhiteSpace(channelId))
        {
            return "activity has no channelId";
        }

        if (signingKeyId is null
            || !keys.EndorsementsByKeyId.TryGetValue(signingKeyId, out IReadOnlyList<string>? endorsements)
            || endorsements.Count == 0)
        {
            return "signing key has no endorsements";
        }

        // Channel ids are lower-case identifiers; compare exactly, as the Bot Framework SDKs do.
        return endorsements.Contains(channelId, StringComparer.Ordinal)
            ? null
            : "signing key is not endorsed for the channel";
    }
}
