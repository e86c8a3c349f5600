using MeetingBot.TrueConfSimulator.Errors;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>What a server without a webinar licence refuses (<see cref="TrueConfSimulatorOptions.WebinarLicence"/>).</summary>
internal static class LicenceRules
{
    /// <returns>The refusal naming the first field that needs the licence, or null when the request is allowed.</returns>
    public static ApiFailure? Check(ConferenceInput input, TrueConfSimulatorOptions options)
    {
        if (options.WebinarLicence)
        {
            return null;
        }

        var field = input.AllowGuests == true ? "allow_guests"
            : input.Access == "public" ? "access"
            : input.Type == 3 ? "type"
            : input.Mode is ConferenceLayout.RoleBasedModerated or ConferenceLayout.RoleBasedSmart ? "mode"
            : null;
        return field is null ? null : ApiErrors.LicenseRestriction(field);
    }
}
