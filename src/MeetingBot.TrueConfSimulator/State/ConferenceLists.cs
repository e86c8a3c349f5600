namespace MeetingBot.TrueConfSimulator;

/// <summary>
/// The conferences in creation order — all of them, the running and the stopped ones — built on the first read after
/// a change and shared until the next: paging through thousands of unchanged conferences costs a page per request,
/// not a pass over all of them. Not thread-safe: <see cref="ConferenceStore"/> calls it with its lock held.
/// </summary>
internal sealed class ConferenceLists(IReadOnlyDictionary<string, SimulatedConference> byId)
{
    private readonly List<string> _creationOrder = [];
    private SimulatedConference[]? _all;
    private SimulatedConference[]? _running;
    private SimulatedConference[]? _stopped;

    /// <summary>Every conference; a shared snapshot, never changed once handed out.</summary>
    public IReadOnlyList<SimulatedConference> All() => _all ??= _creationOrder.Select(id => byId[id]).ToArray();

    /// <summary>The conferences in <paramref name="state"/>; a shared snapshot like <see cref="All"/>.</summary>
    public IReadOnlyList<SimulatedConference> InState(ConferenceState state)
    {
        var all = All();
        return state == ConferenceState.Running
            ? _running ??= all.Where(conference => conference.IsRunning).ToArray()
            : _stopped ??= all.Where(conference => !conference.IsRunning).ToArray();
    }

    public void Added(string conferenceId)
    {
        _creationOrder.Add(conferenceId);
        Changed();
    }

    public void Removed(string conferenceId)
    {
        _creationOrder.Remove(conferenceId);
        Changed();
    }

    public void Cleared()
    {
        _creationOrder.Clear();
        Changed();
    }

    /// <summary>A conference was replaced: every list is built again on its next read.</summary>
    public void Changed() => _all = _running = _stopped = null;
}
