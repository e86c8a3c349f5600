namespace MeetingBot.TrueConfSimulator;

/// <summary>The server's accounts; ids compare case-insensitively like TrueConf logins.</summary>
internal sealed class UserDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedUser> _users = new(StringComparer.OrdinalIgnoreCase);

    public UserDirectory() => Reset();

    public IReadOnlyList<SimulatedUser> All()
    {
        lock (_gate)
        {
            return _users.Values.OrderBy(user => user.Id, StringComparer.Ordinal).ToArray();
        }
    }

    public SimulatedUser? Find(string id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    public void Add(SimulatedUser user)
    {
        lock (_gate)
        {
            if (!_users.TryAdd(user.Id, user))
            {
                throw new InvalidOperationException($"The simulator already has a user '{user.Id}'.");
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _users.Clear();
            foreach (var user in SeedUsers.All)
            {
                _users.Add(user.Id, user);
            }
        }
    }
}
