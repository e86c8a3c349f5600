using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// The Bot Connector's signing keys together with each key's channel endorsements, fetched as one unit so that
/// keys and endorsements are always refreshed together.
/// </summary>
/// <param name="SigningKeys">Keys usable to verify Bot Connector tokens.</param>
/// <param name="EndorsementsByKeyId">
/// Key id (<c>kid</c>) → channel ids the key is endorsed for (e.g. <c>msteams</c>). A key without an
/// <c>endorsements</c> member has no entry.
/// </param>
internal sealed record ConnectorSigningKeys(
    IReadOnlyList<SecurityKey> SigningKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EndorsementsByKeyId);
