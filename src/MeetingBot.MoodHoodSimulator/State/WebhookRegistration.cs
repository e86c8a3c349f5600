namespace MeetingBot.MoodHoodSimulator;

/// <summary>A space's webhook (reference §5.11).</summary>
public sealed record WebhookRegistration(string SpaceId, string Url, string Secret, bool IsActive);

/// <summary>One event the simulator sent (or tried to send) to a webhook.</summary>
/// <param name="Body">The exact JSON text of the <c>body</c> member that <paramref name="Signature"/> covers.</param>
public sealed record WebhookDelivery(
    string EventName, string RoomId, string SpaceId, string Url, string Body, string Signature, int Attempts, bool Succeeded);
