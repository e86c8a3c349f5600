namespace MeetingBot.TrueConfSimulator;

/// <summary>How the embedded TrueConf Server simulator presents itself to the bot.</summary>
public sealed class TrueConfSimulatorOptions
{
    /// <summary>Every permission MeetingBot needs (reference §3.5).</summary>
    public const string AllBotScopes =
        "conferences conferences:read conferences:write conferences.participants conferences.participants:read " +
        "conferences.participants:write conferences.invitations users users:read";

    public string ClientId { get; set; } = "meetingbot-local";

    public string ClientSecret { get; set; } = "local-simulator-secret";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Space-separated scopes of the OAuth application, returned in the token answer.</summary>
    public string GrantedScopes { get; set; } = AllBotScopes;

    /// <summary>Server name used for <c>owner@server</c> and user <c>uid</c>.</summary>
    public string ServerName { get; set; } = "trueconf.local";

    /// <summary>External address for <c>url</c> / <c>webclient_url</c>; null derives it from each request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Licence limit: the highest accepted <c>max_participants</c> and its default.</summary>
    public int MaxParticipantsLimit { get; set; } = 100;

    /// <summary>
    /// Whether the licence includes webinars. Without it, a conference that allows guests, is public or is
    /// role-based (moderated or smart meeting) is refused with 400 <c>licenseRestriction</c>, as a server
    /// without that licence refuses guests (reference §6.1, §9; the refusal's shape is ASSUMED).
    /// </summary>
    public bool WebinarLicence { get; set; } = true;
}
