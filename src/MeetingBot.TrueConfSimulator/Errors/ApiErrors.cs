namespace MeetingBot.TrueConfSimulator.Errors;

/// <summary>Every API failure the simulator produces, with the reasons of reference §4 and §11.</summary>
internal static class ApiErrors
{
    public static ApiFailure NotFound(string path) =>
        new(404, new ApiErrorDetail("notFound", $"The requested path '{path}' is not found."));

    public static ApiFailure MethodNotAllowed(string method) =>
        new(405, new ApiErrorDetail("methodNotAllowed", $"The method {method} is not allowed for this path."));

    public static ApiFailure AccessTokenInvalid(int status, string message) =>
        new(status, ApiErrorDetail.Parameter("accessTokenInvalid", message, "access_token"));

    public static ApiFailure TokenSentTwice() =>
        new(400, new ApiErrorDetail(
            "invalidRequest", "Only one method may be used to authenticate at a time (query or Authorization header)."));

    public static ApiFailure Forbidden(string scope) =>
        new(403, new ApiErrorDetail("forbidden", $"The application has no '{scope}' permission."));

    public static ApiFailure ParseError(string detail) =>
        new(400, new ApiErrorDetail("parseError", $"The request body is not valid JSON: {detail}"));

    public static ApiFailure Invalid(IReadOnlyList<ApiErrorDetail> errors) => new(400, errors);

    public static ApiErrorDetail Required(string location) =>
        ApiErrorDetail.Parameter("required", $"The parameter '{location}' is required.", location);

    public static ApiErrorDetail InvalidValue(string location, string why) =>
        ApiErrorDetail.Parameter("invalidValue", $"The parameter '{location}' is invalid: {why}", location);

    public static ApiFailure ConferenceNotFound(string conferenceId) =>
        new(404, ApiErrorDetail.Path(
            "conferenceNotFound", $"Conference '{conferenceId}' is not found.", "conference_id"));

    public static ApiFailure UserNotFoundInPath(string userId) =>
        new(404, ApiErrorDetail.Path("userNotFound", $"User '{userId}' is not found.", "user_id"));

    public static ApiErrorDetail UserNotFoundInParameter(string userId, string location) =>
        ApiErrorDetail.Parameter("userNotFound", $"User '{userId}' is not found.", location);

    public static ApiFailure ParticipantNotFound(string participantId) =>
        new(404, ApiErrorDetail.Path(
            "participantNotFound", $"Participant '{participantId}' is not found.", "participant_id"));

    public static ApiFailure InvitationNotFound(string invitationId) =>
        new(404, ApiErrorDetail.Path(
            "invitationNotFound", $"Invitation '{invitationId}' is not found.", "invitation_id"));

    public static ApiFailure AlreadyInUse(string location, string value) =>
        new(400, ApiErrorDetail.Parameter(
            "uniqueValueAlreadyInUse", $"The value '{value}' of '{location}' is already in use.", location));

    public static ApiFailure ConferenceIsRunning(string conferenceId, string field) =>
        new(400, ApiErrorDetail.Parameter(
            "conferenceIsRunning",
            $"Conference '{conferenceId}' is running: only 'description' can be changed, not '{field}'.",
            field));

    public static ApiFailure ConferenceNotRunning(string conferenceId) =>
        new(400, ApiErrorDetail.Path(
            "conferenceNotRunning", $"Conference '{conferenceId}' is not running.", "conference_id"));

    public static ApiFailure LicenseRestriction(string location) =>
        new(400, ApiErrorDetail.Parameter(
            "licenseRestriction", "Your license does not allow webinars or guests.", location));
}
