using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>List filters <c>state</c>, <c>owner</c>, <c>tag</c>, <c>topic</c> (reference §11.10).</summary>
internal static class ConferenceFilter
{
    /// <summary>
    /// The matching conferences in creation order. The state filter picks a prepared list, so a list filtered by
    /// state alone is paged without a pass over every conference; the other filters are checked one by one.
    /// </summary>
    public static IReadOnlyList<SimulatedConference> Apply(ConferenceStore conferences, IQueryCollection query)
    {
        var state = query["state"].ToString();
        var owner = query["owner"].ToString().Split('@')[0];
        var tag = query["tag"].ToString();
        var topic = query["topic"].ToString();
        IReadOnlyList<SimulatedConference> candidates = state.ToLowerInvariant() switch
        {
            "" => conferences.All(),
            "running" => conferences.InState(ConferenceState.Running),
            "stopped" => conferences.InState(ConferenceState.Stopped),
            _ => [],
        };
        if (owner.Length == 0 && tag.Length == 0 && topic.Length == 0)
        {
            return candidates;
        }

        return candidates.Where(conference =>
            (owner.Length == 0 || string.Equals(owner, conference.OwnerId, StringComparison.OrdinalIgnoreCase)) &&
            (tag.Length == 0 || conference.Tags.Contains(tag)) &&
            (topic.Length == 0 || conference.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase))).ToArray();
    }
}
