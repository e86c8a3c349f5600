using System.Text.Json;
using MeetingBot.MoodHoodSimulator.Errors;

namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>
/// Validates a generate-access body: <c>username</c> and <c>role</c> (<c>user</c>|<c>moderator</c>) required,
/// <c>ttl</c> 1…432 000 seconds (default 86 400), <c>isPermanent</c> a boolean (reference §5.8).
/// </summary>
internal static class AccessInputReader
{
    public const int DefaultTtlSeconds = 86_400;
    public const int MaxTtlSeconds = 432_000;

    private static readonly string[] Roles = ["user", "moderator"];

    public static Outcome<AccessInput> Read(JsonElement body)
    {
        var fields = new FieldReader(body);
        var username = fields.Text("username", required: true);
        var role = fields.OneOf("role", Roles, required: true);
        var externalUserId = fields.Text("externalUserId");
        var externalMeetingId = fields.Text("externalMeetingId");
        var ttl = fields.Integer("ttl", 1, MaxTtlSeconds);
        var isPermanent = fields.Bool("isPermanent");
        var email = fields.Text("email");
        var phone = fields.Text("phone");
        if (fields.Problems.Count > 0)
        {
            return ApiErrors.Validation(fields.Problems);
        }

        return new AccessInput(
            username!, role!, externalUserId, externalMeetingId, (int)(ttl ?? DefaultTtlSeconds),
            isPermanent ?? false, email, phone);
    }
}
