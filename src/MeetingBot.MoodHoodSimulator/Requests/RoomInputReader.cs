using System.Text.Json;
using MeetingBot.MoodHoodSimulator.Errors;

namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>Validates createRoom and updateRoom bodies (reference §5.5: <c>name</c> required on create, known <c>type</c>).</summary>
internal static class RoomInputReader
{
    public static readonly string[] Types = ["lesson", "webinar"];

    /// <summary>The optional boolean settings of RU25.</summary>
    private static readonly string[] BooleanSettings =
    [
        "isRecordAllowed", "isAutoRecordingAllowed", "isMicrophonePublishingAllowed", "isScreenMediaPublishingAllowed",
        "isCameraPublishingAllowed", "isAvatarsAllowed", "isSelfRenamingAllowed", "isHandRaisingAllowed",
        "isRemoteDrawingAllowed",
    ];

    private static readonly string[] TextSettings = ["waitingRoomAudience", "redirectUrl"];

    /// <summary>RU25: "must not be sent".</summary>
    private static readonly string[] Forbidden = ["templateId", "parentRoomId"];

    public static Outcome<RoomInput> Read(JsonElement body, bool isCreate)
    {
        var fields = new FieldReader(body);
        var name = fields.Text("name", required: isCreate);
        var type = fields.OneOf("type", Types);
        var isPublic = fields.Bool("isPublic");
        var chat = fields.Bool("isChatAllowed");
        var screen = fields.Bool("isScreensharingAllowed");
        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var setting in BooleanSettings)
        {
            if (fields.Bool(setting) is not null)
            {
                settings[setting] = fields.Raw(setting)!.Value;
            }
        }

        foreach (var setting in TextSettings)
        {
            if (fields.Text(setting) is not null)
            {
                settings[setting] = fields.Raw(setting)!.Value;
            }
        }

        foreach (var field in Forbidden.Where(fields.Has))
        {
            fields.Problem($"'{field}' must not be sent.");
        }

        return fields.Problems.Count > 0
            ? ApiErrors.Validation(fields.Problems)
            : new RoomInput(name, type, isPublic, chat, screen, settings);
    }
}
