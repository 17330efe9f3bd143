namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>A plain-text e-mail waiting in the outbox.</summary>
public sealed record OutboxMessage(string To, string Subject, string Body);
