using MeetingBot.TrueConfSimulator.Requests;

namespace MeetingBot.TrueConfSimulator;

/// <summary>Applies a validated create/update request to a conference snapshot.</summary>
internal static class ConferenceEditor
{
    public static SimulatedConference Apply(SimulatedConference conference, ConferenceInput input) =>
        conference with
        {
            Topic = input.Topic ?? conference.Topic,
            Description = input.Description ?? conference.Description,
            OwnerId = input.Owner ?? conference.OwnerId,
            Layout = LayoutOf(conference.Layout, input),
            Invitations = input.Invitations is null ? conference.Invitations : Sorted(input.Invitations),
            MaxParticipants = input.MaxParticipants ?? conference.MaxParticipants,
            MaxPodiums = input.MaxPodiums ?? conference.MaxPodiums,
            Schedule = input.Schedule ?? conference.Schedule,
            AllowGuests = input.AllowGuests ?? conference.AllowGuests,
            AutoInvite = input.AutoInvite ?? conference.AutoInvite,
            Access = input.Access ?? conference.Access,
            Rights = new ConferenceRights(
                Merge(conference.Rights.Guest, input.GuestRights), Merge(conference.Rights.User, input.UserRights)),
            Tags = input.Tags ?? conference.Tags,
            AllowOnlyPlannedParticipants =
                input.AllowOnlyPlannedParticipants ?? conference.AllowOnlyPlannedParticipants,
        };

    public static IReadOnlyList<ConferenceInvitation> Sorted(IEnumerable<ConferenceInvitation> invitations) =>
        invitations.OrderBy(invitation => invitation.UserId, StringComparer.Ordinal).ToArray();

    public static int TypeCode(ConferenceLayout layout) => layout switch
    {
        ConferenceLayout.AllOnScreen => 0,
        ConferenceLayout.VideoLecture => 1,
        _ => 3,
    };

    public static int VadSelector(ConferenceLayout layout) => layout == ConferenceLayout.RoleBasedSmart ? 1 : 0;

    private static ConferenceLayout LayoutOf(ConferenceLayout current, ConferenceInput input)
    {
        if (input.Mode is { } mode)
        {
            return mode;
        }

        if (input.Type is null && input.VadSelector is null)
        {
            return current;
        }

        var type = input.Type ?? TypeCode(current);
        var vad = input.VadSelector ?? VadSelector(current);
        return type switch
        {
            0 => ConferenceLayout.AllOnScreen,
            1 => ConferenceLayout.VideoLecture,
            _ => vad == 1 ? ConferenceLayout.RoleBasedSmart : ConferenceLayout.RoleBasedModerated,
        };
    }

    private static IReadOnlyDictionary<string, bool> Merge(
        IReadOnlyDictionary<string, bool> current, IReadOnlyDictionary<string, bool>? changes)
    {
        if (changes is null)
        {
            return current;
        }

        var merged = current.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var (name, allowed) in changes)
        {
            merged[name] = allowed;
        }

        return merged;
    }
}
