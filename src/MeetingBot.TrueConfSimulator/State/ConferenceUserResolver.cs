using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Requests;

namespace MeetingBot.TrueConfSimulator;

/// <summary>Swaps the user ids of a create/update request for the directory's spelling; unknown users fail the request.</summary>
internal static class ConferenceUserResolver
{
    public static Outcome<ConferenceInput> Resolve(UserDirectory users, ConferenceInput input)
    {
        var errors = new List<ApiErrorDetail>();
        string? owner = null;
        if (input.Owner is not null)
        {
            owner = users.Find(input.Owner)?.Id;
            if (owner is null)
            {
                errors.Add(ApiErrors.UserNotFoundInParameter(input.Owner, "owner"));
            }
        }

        List<ConferenceInvitation>? invitations = null;
        if (input.Invitations is not null)
        {
            invitations = [];
            foreach (var invitation in input.Invitations)
            {
                var user = users.Find(invitation.UserId);
                if (user is null)
                {
                    errors.Add(ApiErrors.UserNotFoundInParameter(invitation.UserId, "invitations"));
                }
                else if (!invitations.Any(i => i.UserId == user.Id))
                {
                    invitations.Add(invitation with { UserId = user.Id });
                }
            }
        }

        if (errors.Count > 0)
        {
            return ApiErrors.Invalid(errors);
        }

        return input with { Owner = owner ?? input.Owner, Invitations = invitations ?? input.Invitations };
    }
}
