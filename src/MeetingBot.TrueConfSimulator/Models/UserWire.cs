using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

/// <summary>User object (reference §5.2); participants and invitations extend it.</summary>
internal class UserWire
{
    public string Id { get; set; } = "";

    public string Uid { get; set; } = "";

    public string LoginName { get; set; } = "";

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Company { get; set; } = "";

    public string? Avatar { get; set; }

    public IReadOnlyList<UserGroupWire> Groups { get; set; } = [];

    public string MobilePhone { get; set; } = "";

    public string WorkPhone { get; set; } = "";

    public string HomePhone { get; set; } = "";

    public int IsActive { get; set; }

    public int Status { get; set; }
}

internal sealed record UserGroupWire(string Id, string DisplayName, IReadOnlyList<string> Rights);

/// <summary>Participant object (reference §8): user fields plus the call state.</summary>
internal sealed class ParticipantWire : UserWire
{
    /// <summary>Unix seconds; null while being called.</summary>
    public long? JoinTime { get; set; }

    public int IsOwner { get; set; }

    /// <summary>v4 only.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsInConf { get; set; }
}

/// <summary>Invitation object (reference §7): user fields plus <c>is_owner</c> and <c>type</c>.</summary>
internal sealed class InvitationWire : UserWire
{
    public int IsOwner { get; set; }

    public string Type { get; set; } = "user";

    public bool IsModerator { get; set; }
}
