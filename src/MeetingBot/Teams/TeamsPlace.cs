using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Tenant, team and channel of a Teams activity: <c>conversation.tenantId</c> and <c>channelData</c> (reference §2.6).</summary>
internal static class TeamsPlace
{
    public static ChatPlace Of(Activity activity)
    {
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } element ? element : default;
        return new ChatPlace(
            activity.Conversation?.TenantId ?? IdIn(data, "tenant"),
            IdIn(data, "team"),
            IdIn(data, "channel"));
    }

    private static string? IdIn(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object &&
        data.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Object &&
        part.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
