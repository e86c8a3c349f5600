namespace MeetingBot.MoodHoodSimulator;

/// <summary>Names of the operations in <see cref="MoodHoodSimulatorState.RequestLog"/>, also used to aim faults.</summary>
public static class MoodHoodOperations
{
    public const string Token = "token";
    public const string Me = "user.me";
    public const string SpaceList = "space.list";
    public const string SpaceCreate = "space.create";
    public const string RoomList = "room.list";
    public const string RoomCreate = "room.create";
    public const string RoomGet = "room.get";
    public const string RoomGetByAlias = "room.getByAlias";
    public const string RoomUpdate = "room.update";
    public const string RoomDelete = "room.delete";
    public const string GenerateAccess = "room.generateAccess";
    public const string AnalyticsCalls = "analytics.calls";
    public const string WebhookCreate = "webhook.create";
    public const string WebhookUpdate = "webhook.update";
    public const string WebhookGet = "webhook.get";
    public const string WebhookDelete = "webhook.delete";
    public const string WebhookRefreshSecret = "webhook.refreshSecret";
    public const string PageView = "page.view";
    public const string PageStatus = "page.status";
    public const string PageLeave = "page.leave";
    public const string NotFound = "notFound";
    public const string MethodNotAllowed = "methodNotAllowed";
}
