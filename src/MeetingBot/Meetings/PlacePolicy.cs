using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// The optional allow-lists of <see cref="MeetingBotOptions"/>: when a list is set, a conversation outside it gets a
/// polite refusal instead of a meeting. Lists not set allow everything.
/// </summary>
public sealed class PlacePolicy(IOptionsMonitor<MeetingBotOptions> options)
{
    public bool Allows(ChatPlace place)
    {
        var settings = options.CurrentValue;
        return Allowed(settings.AllowedTenants, place.TenantId) &&
               Allowed(settings.AllowedTeams, place.TeamId) &&
               Allowed(settings.AllowedChannels, place.ChannelId);
    }

    private static bool Allowed(List<string> list, string? value) =>
        list.Count == 0 || (value is not null && list.Contains(value, StringComparer.OrdinalIgnoreCase));
}
