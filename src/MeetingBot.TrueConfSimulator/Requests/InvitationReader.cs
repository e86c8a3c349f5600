using System.Text.Json;
using MeetingBot.TrueConfSimulator.Errors;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>Reads <c>{"id","display_name","is_moderator"}</c> invitation objects.</summary>
internal static class InvitationReader
{
    public static IReadOnlyList<ConferenceInvitation>? ReadList(FieldReader fields, string name)
    {
        if (fields.Array(name) is not { } items)
        {
            return null;
        }

        var invitations = new List<ConferenceInvitation>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                fields.Invalid(name, "every invitation must be an object with an 'id'.");
                continue;
            }

            var itemFields = new FieldReader(item, [], $"{fields.Location(name)}.");
            var invitation = ReadOne(itemFields);
            if (invitation is null || itemFields.Errors.Count > 0)
            {
                fields.Invalid(name, "every invitation needs a string 'id'; 'display_name' is a string or null.");
                continue;
            }

            invitations.Add(invitation);
        }

        return invitations;
    }

    /// <summary>One invitation; errors go to <paramref name="fields"/>.</summary>
    public static ConferenceInvitation? ReadOne(FieldReader fields)
    {
        fields.Require("id");
        var id = fields.String("id");
        var displayName = fields.String("display_name");
        var isModerator = fields.Bool("is_moderator") ?? false;
        if (id is not null && id.Trim().Length == 0)
        {
            fields.Invalid("id", "a user id is expected.");
            return null;
        }

        return id is null ? null : new ConferenceInvitation(id.Split('@')[0], displayName, isModerator);
    }
}
