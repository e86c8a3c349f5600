using System.Collections.Concurrent;
using MeetingBot.TrueConfSimulator.Errors;

namespace MeetingBot.TrueConfSimulator;

/// <summary>
/// Everything the simulated server knows, shared by all requests (thread-safe), plus the knobs and the
/// request log tests use.
/// </summary>
public sealed class TrueConfSimulatorState
{
    private readonly TimeProvider _time;
    private readonly UserDirectory _users = new();
    private readonly TokenStore _tokens;
    private readonly ConferenceStore _conferences;
    private readonly ConferenceParticipants _participants;
    private readonly ConcurrentQueue<SimulatorRequest> _requestLog = new();
    private int _tokenRequestCount;

    public TrueConfSimulatorState(TrueConfSimulatorOptions options, TimeProvider? time = null)
    {
        Options = options;
        _time = time ?? TimeProvider.System;
        _tokens = new TokenStore(_time);
        _conferences = new ConferenceStore(_users, _time);
        _participants = new ConferenceParticipants(_conferences, _users, _time);
    }

    public TrueConfSimulatorOptions Options { get; }

    public SimulatorFaults Faults { get; } = new();

    /// <summary>Requests to the token endpoint, successful or not.</summary>
    public int TokenRequestCount => Volatile.Read(ref _tokenRequestCount);

    /// <summary>A snapshot of every request received since the start (or the last <see cref="Reset"/>).</summary>
    public IReadOnlyList<SimulatorRequest> RequestLog => _requestLog.ToArray();

    public IReadOnlyList<SimulatedUser> Users => _users.All();

    /// <summary>Conferences in creation order.</summary>
    public IReadOnlyList<SimulatedConference> Conferences => _conferences.All();

    public IReadOnlyList<IssuedToken> IssuedTokens => _tokens.All();

    internal UserDirectory UserDirectory => _users;

    internal ConferenceStore ConferenceStore => _conferences;

    internal ConferenceParticipants ConferenceParticipants => _participants;

    internal TokenStore TokenStore => _tokens;

    internal AuthorizationCodes AuthorizationCodes { get; } = new();

    internal DateTimeOffset Now => _time.GetUtcNow();

    public SimulatedUser? FindUser(string userId) => _users.Find(userId);

    /// <exception cref="InvalidOperationException">The id is taken.</exception>
    public void AddUser(SimulatedUser user) => _users.Add(user);

    public SimulatedUser AddUser(string id, string displayName, string email, bool isActive = true)
    {
        var names = displayName.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var user = new SimulatedUser(id, displayName, email)
        {
            FirstName = names.ElementAtOrDefault(0) ?? "",
            LastName = names.ElementAtOrDefault(1) ?? "",
            IsActive = isActive,
        };
        _users.Add(user);
        return user;
    }

    public SimulatedConference? FindConference(string conferenceId) => _conferences.Find(conferenceId);

    /// <summary>A simulated person joins a running conference: <c>join_time</c> is set.</summary>
    public JoinResult Join(string conferenceId, string userId) => _participants.Join(conferenceId, userId);

    /// <summary>A simulated person leaves (or stops being called); false when they were not there.</summary>
    public bool Leave(string conferenceId, string userId) =>
        _participants.Remove(conferenceId, userId).Succeeded;

    /// <summary>Starts a conference as if from the TrueConf side; false when it does not exist.</summary>
    public bool RunConference(string conferenceId) => _conferences.Run(conferenceId).Succeeded;

    /// <summary>Ends a conference as if from the TrueConf side; false when it does not exist.</summary>
    public bool StopConference(string conferenceId) => _conferences.Stop(conferenceId).Succeeded;

    /// <summary>Deletes a conference as the server's automatic clean-up would; false when it does not exist.</summary>
    public bool DeleteConference(string conferenceId) => _conferences.Delete(conferenceId).Succeeded;

    /// <summary>Issues a token without an HTTP call, with the scopes the application has right now.</summary>
    public IssuedToken IssueToken() => _tokens.Issue(Options.TokenLifetime, CurrentScopes());

    /// <summary>A token of <paramref name="userId"/>, as the authorization-code grant hands out.</summary>
    public IssuedToken IssueUserToken(string userId) => _tokens.Issue(Options.TokenLifetime, CurrentScopes(), userId);

    /// <summary>Tokens stay known but answer <c>accessTokenInvalid</c> from now on.</summary>
    public void ExpireAllTokens() => _tokens.ExpireAll();

    /// <summary>Back to a freshly started simulator: seeded users only, no conferences, tokens, log or faults.</summary>
    public void Reset()
    {
        _users.Reset();
        _conferences.Clear();
        _tokens.Clear();
        AuthorizationCodes.Clear();
        _requestLog.Clear();
        Interlocked.Exchange(ref _tokenRequestCount, 0);
        Faults.Reset();
    }

    /// <summary>Presence of a user right now (§5.2): 5 while joined to a running conference.</summary>
    public int PresenceOf(SimulatedUser user) => PresenceOf(user, _conferences.UsersInConferences());

    internal static int PresenceOf(SimulatedUser user, IReadOnlySet<string> usersInConferences) =>
        usersInConferences.Contains(user.Id) ? UserPresence.InConference : user.Presence;

    internal void Record(string method, string path, string operation)
    {
        _requestLog.Enqueue(new SimulatorRequest(_time.GetUtcNow(), method, path, operation));
        if (operation == SimulatorOperations.Token)
        {
            Interlocked.Increment(ref _tokenRequestCount);
        }
    }

    internal IReadOnlyList<string> CurrentScopes() =>
        Options.GrantedScopes
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(scope => !Faults.DeniedScopes.Contains(scope))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    internal ApiFailure? CheckPermission(IssuedToken token, string requiredScope)
    {
        var parent = requiredScope.Split(':')[0];
        var denied = Faults.DeniedScopes.Contains(requiredScope) || Faults.DeniedScopes.Contains(parent);
        var granted = token.Scopes.Contains(requiredScope) || token.Scopes.Contains(parent);
        return denied || !granted ? ApiErrors.Forbidden(requiredScope) : null;
    }
}
