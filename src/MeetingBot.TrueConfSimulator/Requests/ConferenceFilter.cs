using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>List filters <c>state</c>, <c>owner</c>, <c>tag</c>, <c>topic</c> (reference §11.10).</summary>
internal static class ConferenceFilter
{
    public static IEnumerable<SimulatedConference> Apply(IEnumerable<SimulatedConference> conferences, IQueryCollection query)
    {
        var state = query["state"].ToString();
        var owner = query["owner"].ToString().Split('@')[0];
        var tag = query["tag"].ToString();
        var topic = query["topic"].ToString();
        return conferences.Where(conference =>
            (state.Length == 0 || string.Equals(
                state, conference.IsRunning ? "running" : "stopped", StringComparison.OrdinalIgnoreCase)) &&
            (owner.Length == 0 || string.Equals(owner, conference.OwnerId, StringComparison.OrdinalIgnoreCase)) &&
            (tag.Length == 0 || conference.Tags.Contains(tag)) &&
            (topic.Length == 0 || conference.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase)));
    }
}
