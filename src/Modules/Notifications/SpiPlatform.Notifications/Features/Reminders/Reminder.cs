namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>A reminder a rule wants to send to everyone in an organisation.</summary>
internal sealed record Reminder(string Kind, int Offset, Guid SubjectId, DateOnly DueOn, string SubjectLabelEn, string SubjectLabelCy, string Link);
