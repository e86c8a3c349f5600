using System.Collections.Concurrent;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>
/// Everything the simulated MoodHood API knows, shared by all requests (thread-safe), plus the knobs and the
/// request log tests use.
/// </summary>
public sealed class MoodHoodSimulatorState
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SimulatedAccount> _accountsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<MoodHoodRequest> _requestLog = new();

    public MoodHoodSimulatorState(
        MoodHoodSimulatorOptions options, TimeProvider? time = null, IHttpClientFactory? httpClients = null)
    {
        Options = options;
        _time = time ?? TimeProvider.System;
        TokenStore = new TokenStore(_time);
        MeetingStore = new MeetingStore(_time);
        Webhooks = new WebhookDispatcher(httpClients, options);
        Seed();
    }

    public MoodHoodSimulatorOptions Options { get; }

    public MoodHoodFaults Faults { get; } = new();

    /// <summary>The account of the options: owner of the seeded space and of the personal token.</summary>
    public SimulatedAccount Account { get; private set; } = null!;

    /// <summary>A snapshot of every request received since the start (or the last <see cref="Reset"/>).</summary>
    public IReadOnlyList<MoodHoodRequest> RequestLog => _requestLog.ToArray();

    public IReadOnlyList<IssuedToken> IssuedTokens => TokenStore.All();

    public IReadOnlyList<SimulatedSpace> Spaces => MeetingStore.Spaces();

    /// <summary>Rooms that exist, in creation order (deleted ones are gone).</summary>
    public IReadOnlyList<SimulatedRoom> Rooms => MeetingStore.Rooms();

    /// <summary>Every personal link made, in order, with whether it was used.</summary>
    public IReadOnlyList<IssuedLink> Links => MeetingStore.Links();

    /// <summary>Every call, running or finished, in start order.</summary>
    public IReadOnlyList<SimulatedCall> Calls => MeetingStore.Calls();

    /// <summary>Webhook events sent so far (each after its last attempt).</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => Webhooks.Deliveries;

    /// <summary>Webhook deliveries still being attempted.</summary>
    public int PendingWebhookDeliveries => Webhooks.Pending;

    internal TokenStore TokenStore { get; }

    internal MeetingStore MeetingStore { get; }

    internal WebhookDispatcher Webhooks { get; }

    internal DateTimeOffset Now => _time.GetUtcNow();

    public SimulatedAccount? FindAccountByEmail(string email) => _accountsByEmail.GetValueOrDefault(email);

    public SimulatedAccount? AccountById(string accountId) =>
        _accountsByEmail.Values.FirstOrDefault(account => account.Id == accountId);

    /// <summary>A second account, e.g. to show that somebody else's space or room is out of reach.</summary>
    public SimulatedAccount AddAccount(string email, string password, string username)
    {
        var account = new SimulatedAccount(Ids.NewObjectId(), email, username, password);
        if (!_accountsByEmail.TryAdd(email, account))
        {
            throw new InvalidOperationException($"An account with e-mail {email} exists already.");
        }

        return account;
    }

    /// <summary>A space owned by <paramref name="account"/> (default: the seeded one).</summary>
    public SimulatedSpace AddSpace(string name, SimulatedAccount? account = null, string? spaceId = null, bool isPublic = false) =>
        MeetingStore.AddSpace(new SimulatedSpace(
            spaceId ?? Ids.NewObjectId(), (account ?? Account).Id, name, null, null, isPublic, Now));

    public SimulatedRoom? FindRoom(string roomId) => MeetingStore.FindRoom(roomId);

    public SimulatedRoom? FindRoomByAlias(string alias) => MeetingStore.FindRoomByAlias(alias);

    /// <summary>The link whose <c>accessToken</c> this is (also a spent or expired one).</summary>
    public IssuedLink? FindLink(string accessToken) => Links.FirstOrDefault(link => link.AccessToken == accessToken);

    /// <summary>Deletes a room as if from MoodHood's own web interface; false when it does not exist.</summary>
    public bool DeleteRoom(string roomId)
    {
        var (room, finished) = MeetingStore.DeleteRoom(roomId);
        Webhooks.Raise(finished);
        return room is not null;
    }

    /// <summary>Client and user access tokens answer 401 <c>TOKEN_EXPIRED</c> from now on; the personal token stays.</summary>
    public void ExpireAccessTokens() => TokenStore.ExpireAccessTokens();

    /// <summary>Back to a freshly started simulator: seeded account and space only, no rooms, tokens, log or faults.</summary>
    public void Reset()
    {
        TokenStore.Clear();
        MeetingStore.Clear();
        Webhooks.Clear();
        _accountsByEmail.Clear();
        _requestLog.Clear();
        Faults.Reset();
        Seed();
    }

    /// <summary>A visit of the meeting page; a GET (<paramref name="enter"/>) spends a one-time link and enters the call.</summary>
    internal Admission Admit(string alias, string? accessToken, string? participantName, bool enter)
    {
        var admission = MeetingStore.Admit(alias, accessToken, participantName, enter);
        Webhooks.Raise(admission.Started);
        return admission;
    }

    /// <summary>The person of an open meeting page leaves; the call ends with the last one.</summary>
    internal (bool Found, bool CallEnded) Leave(string alias, string sessionId)
    {
        var (found, callEnded, finished) = MeetingStore.Leave(alias, sessionId);
        Webhooks.Raise(finished);
        return (found, callEnded);
    }

    internal void Record(string method, string path, string operation) =>
        _requestLog.Enqueue(new MoodHoodRequest(_time.GetUtcNow(), method, path, operation));

    private void Seed()
    {
        Account = new SimulatedAccount(
            "5f1e2d3c4b5a69788796a5b4", Options.AccountEmail, Options.AccountName, Options.AccountPassword);
        _accountsByEmail[Account.Email] = Account;
        if (!string.IsNullOrEmpty(Options.PersonalToken))
        {
            TokenStore.AddPersonal(Options.PersonalToken, Account.Id);
        }

        AddSpace(Options.SpaceName, Account, Options.SpaceId);
    }
}
