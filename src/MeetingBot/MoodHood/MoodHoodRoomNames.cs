using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.MoodHood;

/// <summary>
/// A room's name is the meeting's topic followed by a short tag derived from the command's key
/// (<c>Design review · #k3f9a2c1</c>). MoodHood keeps nothing else of ours on a room, so the tag is how a retry
/// finds the room its lost answer made, and how the bot tells its own rooms from others in the space.
/// The tag is a hash: the key itself (a chat activity id) is not shown in the meeting.
/// </summary>
internal static class MoodHoodRoomNames
{
    private const string Marker = " · #";
    private const int TagLength = 8;

    public static string For(string topic, string requestKey) => topic + Marker + TagOf(requestKey);

    public static string TagOf(string requestKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestKey)))[..TagLength];

    /// <summary>The tag of a name the bot made, or null for a room somebody else named.</summary>
    public static string? TagIn(string? name)
    {
        var at = name?.LastIndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (at < 0 || name!.Length - at - Marker.Length != TagLength)
        {
            return null;
        }

        var tag = name[(at + Marker.Length)..];
        return tag.All(char.IsAsciiHexDigitLower) ? tag : null;
    }

    /// <summary>The topic of a name the bot made; any other name as it is.</summary>
    public static string TopicOf(string? name) =>
        name is null ? string.Empty : TagIn(name) is null ? name : name[..name.LastIndexOf(Marker, StringComparison.Ordinal)];
}
