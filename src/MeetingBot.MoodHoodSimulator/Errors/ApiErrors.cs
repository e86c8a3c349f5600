namespace MeetingBot.MoodHoodSimulator.Errors;

/// <summary>Every API failure the simulator produces, with the codes of reference §8.</summary>
internal static class ApiErrors
{
    public const string ForbiddenForUser = "this method is forbidden for the user";

    public static ApiFailure BadRequest(string detail) => new(400, "BAD_REQUEST", $"The request body is not valid JSON: {detail}");

    public static ApiFailure Unauthorized(string message) => new(401, "UNAUTHORIZED", message);

    public static ApiFailure TokenExpired() => new(401, "TOKEN_EXPIRED", "The access token has expired");

    /// <summary>A client token on a method that needs a user (CONFIRMED wording, RU23 FAQ).</summary>
    public static ApiFailure ClientTokenForbidden() => new(403, "FORBIDDEN", ForbiddenForUser);

    public static ApiFailure Forbidden(string message) => new(403, "FORBIDDEN", message);

    public static ApiFailure NotFound(string message) => new(404, "NOT_FOUND", message);

    public static ApiFailure PathNotFound(string path) => NotFound($"Cannot find '{path}'");

    public static ApiFailure SpaceNotFound(string spaceId) => NotFound($"Space '{spaceId}' is not found");

    public static ApiFailure RoomNotFound(string roomId) => NotFound($"Room '{roomId}' is not found");

    public static ApiFailure MethodNotAllowed(string method) =>
        new(405, "METHOD_NOT_ALLOWED", $"The method {method} is not allowed for this path");

    public static ApiFailure Conflict(string message) => new(409, "CONFLICT", message);

    public static ApiFailure Validation(IReadOnlyList<string> problems) =>
        new(422, "VALIDATION_ERROR", string.Join(" ", problems));

    public static string Required(string field) => $"'{field}' is required.";

    public static string Invalid(string field, string why) => $"'{field}' {why}";
}
