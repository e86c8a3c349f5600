namespace MeetingBot.Meetings;

/// <summary>The chat platform did not take a reply; there is no point in answering again through it.</summary>
public sealed class ChatDeliveryException(string message, Exception inner) : Exception(message, inner);
