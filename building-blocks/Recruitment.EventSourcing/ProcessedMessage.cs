namespace Recruitment.EventSourcing;

/// <summary>A message a consumer has handled, stored with the events it caused so that a redelivery changes nothing.</summary>
public sealed record ProcessedMessage(string Id, string MessageType, DateTimeOffset ProcessedAt)
{
    public static string KeyFor(Type consumer, Guid messageId) => $"{consumer.Name}:{messageId:N}";
}
