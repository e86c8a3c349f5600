namespace MeetingBot.BotFramework.Schema;

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public bool? IsGroup { get; set; }
    public string? TenantId { get; set; }
}

/// <summary>A conversation member as Teams' <c>GET …/members/{id}</c> answers it.</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }

    // The Agents Playground's mock data spells it this way (reference §8.1).
    public string? UserPrincipleName { get; set; }
    public string? AadObjectId { get; set; }
    public string? ObjectId { get; set; }
    public string? UserRole { get; set; }
}

/// <summary>A mention or other entity of an activity.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public string? Text { get; set; }
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>
    /// The client's time zone (IANA) on a <c>clientInfo</c> entity. Read as it comes: entities are open-ended, and a
    /// field of another shape on some other entity must not make the whole activity unreadable.
    /// </summary>
    public System.Text.Json.JsonElement? Timezone { get; set; }
}

/// <summary>One page of <c>GET …/pagedmembers</c>.</summary>
public sealed class PagedMembers
{
    public string? ContinuationToken { get; set; }
    public List<TeamsChannelAccount>? Members { get; set; }
}
