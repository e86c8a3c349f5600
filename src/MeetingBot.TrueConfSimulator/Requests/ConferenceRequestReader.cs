using System.Text.Json;
using System.Text.RegularExpressions;
using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>Validates a conference create/update body (reference §6.1 and the ASSUMED rules of §11.6).</summary>
internal static partial class ConferenceRequestReader
{
    public const int MaxTopicLength = 240;

    private static readonly string[] WritableFields =
    [
        "topic", "description", "owner", "type", "vad_selector", "mode", "invitations", "max_participants",
        "max_podiums", "schedule", "allow_guests", "auto_invite", "access", "rights", "tags",
        "allow_only_planned_participants",
    ];

    public static Outcome<ConferenceInput> Read(JsonElement body, ApiVersion version, bool isCreate, int maxParticipants)
    {
        var errors = new List<ApiErrorDetail>();
        var fields = new FieldReader(body, errors);
        if (isCreate)
        {
            fields.Require("topic");
            fields.Require("owner");
            if (version.IsV4)
            {
                fields.Require("mode");
            }
        }

        var rights = fields.Object("rights");
        var input = new ConferenceInput
        {
            Id = isCreate ? ReadId(fields) : null,
            Topic = ReadTopic(fields),
            Description = fields.String("description"),
            Owner = ReadOwner(fields),
            Type = version.IsV4 ? null : ReadType(fields),
            VadSelector = version.IsV4 ? null : fields.Flag("vad_selector"),
            Mode = version.IsV4 ? ReadMode(fields) : null,
            Invitations = InvitationReader.ReadList(fields, "invitations"),
            MaxParticipants = ReadMaxParticipants(fields, maxParticipants),
            MaxPodiums = ReadPositive(fields, "max_podiums"),
            Schedule = ScheduleReader.Read(fields, version),
            AllowGuests = fields.Bool("allow_guests"),
            AutoInvite = version.IsV4 ? fields.Bool("auto_invite") : ToBool(fields.Flag("auto_invite")),
            Access = ReadAccess(fields),
            GuestRights = ReadRights(rights, "guest"),
            UserRights = ReadRights(rights, "user"),
            Tags = fields.Strings("tags"),
            AllowOnlyPlannedParticipants = fields.Bool("allow_only_planned_participants"),
            SentFields = fields.Names().Where(name => WritableFields.Contains(name) && fields.Has(name)).ToArray(),
        };

        return errors.Count == 0 ? input : ApiErrors.Invalid(errors);
    }

    private static string? ReadId(FieldReader fields)
    {
        var id = fields.String("id");
        if (id is not null && !ConferenceIdPattern().IsMatch(id))
        {
            fields.Invalid("id", "1 to 128 Latin letters, digits or '_' are expected.");
            return null;
        }

        return id;
    }

    private static string? ReadTopic(FieldReader fields)
    {
        var topic = fields.String("topic");
        if (topic is null)
        {
            return null;
        }

        if (topic.Trim().Length == 0)
        {
            fields.Invalid("topic", "the topic must not be empty.");
            return null;
        }

        if (topic.Length > MaxTopicLength)
        {
            fields.Invalid("topic", $"at most {MaxTopicLength} characters are allowed.");
            return null;
        }

        return topic;
    }

    private static string? ReadOwner(FieldReader fields)
    {
        var owner = fields.String("owner");
        if (owner is null)
        {
            return null;
        }

        // Accept the full TrueConf ID the server itself echoes back.
        var id = owner.Split('@')[0];
        if (id.Length is 0 or > 64)
        {
            fields.Invalid("owner", "a user id of 1 to 64 characters is expected.");
            return null;
        }

        return id;
    }

    private static int? ReadType(FieldReader fields)
    {
        var type = fields.Int("type");
        if (type is null or 0 or 1 or 3)
        {
            return type;
        }

        fields.Invalid("type", "0 (all on screen), 1 (video lecture) or 3 (role-based) is expected.");
        return null;
    }

    private static ConferenceLayout? ReadMode(FieldReader fields)
    {
        var mode = fields.String("mode");
        switch (mode)
        {
            case null:
                return null;
            case "PxP":
                return ConferenceLayout.AllOnScreen;
            case "OxP":
                return ConferenceLayout.VideoLecture;
            case "S|L":
                return ConferenceLayout.RoleBasedModerated;
            case "S|L Auto":
                return ConferenceLayout.RoleBasedSmart;
            default:
                fields.Invalid("mode", "'PxP', 'OxP', 'S|L' or 'S|L Auto' is expected.");
                return null;
        }
    }

    private static int? ReadMaxParticipants(FieldReader fields, int limit)
    {
        var value = fields.Int("max_participants");
        if (value is null || (value >= 1 && value <= limit))
        {
            return value;
        }

        fields.Invalid("max_participants", $"1 to {limit} (the licence limit) is expected.");
        return null;
    }

    private static int? ReadPositive(FieldReader fields, string name)
    {
        var value = fields.Int(name);
        if (value is null or >= 1)
        {
            return value;
        }

        fields.Invalid(name, "a positive integer is expected.");
        return null;
    }

    private static string? ReadAccess(FieldReader fields)
    {
        var access = fields.String("access");
        if (access is null or "private" or "public")
        {
            return access;
        }

        fields.Invalid("access", "'private' or 'public' is expected.");
        return null;
    }

    private static Dictionary<string, bool>? ReadRights(FieldReader? rights, string role)
    {
        var group = rights?.Object(role);
        if (group is null)
        {
            return null;
        }

        var values = new Dictionary<string, bool>();
        foreach (var name in ConferenceRights.Names)
        {
            if (group.Bool(name) is { } allowed)
            {
                values[name] = allowed;
            }
        }

        return values;
    }

    private static bool? ToBool(int? flag) => flag is null ? null : flag == 1;

    [GeneratedRegex("^[A-Za-z0-9_]{1,128}$")]
    private static partial Regex ConferenceIdPattern();
}
