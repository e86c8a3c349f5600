namespace MeetingBot.TrueConf;

/// <summary>Compares the permissions a token was granted with those the bot needs, and says once which are missing.</summary>
internal sealed partial class TrueConfScopeCheck(ILogger<TrueConfScopeCheck> logger)
{
    public static readonly string[] RequiredScopes =
    [
        "conferences", "conferences:read", "conferences:write",
        "conferences.participants", "conferences.participants:read", "conferences.participants:write",
        "conferences.invitations", "users:read",
    ];

    private string? _lastInspected;

    public IReadOnlyList<string> MissingScopes { get; private set; } = [];

    public void Inspect(string? grantedScopes)
    {
        if (grantedScopes is null || grantedScopes == _lastInspected)
        {
            return;
        }

        _lastInspected = grantedScopes;
        var granted = grantedScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        // "users" implies "users:read" and "conferences" the conference sub-scopes on TrueConf.
        MissingScopes = RequiredScopes.Where(scope => !granted.Contains(scope) && !granted.Contains(scope.Split(':')[0])).ToArray();
        if (MissingScopes.Count > 0)
        {
            LogMissingScopes(string.Join(", ", MissingScopes));
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "The TrueConf OAuth application lacks permissions the bot needs: {MissingScopes}. Add them in the TrueConf control panel (API > OAuth2).")]
    private partial void LogMissingScopes(string missingScopes);
}
