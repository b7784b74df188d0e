using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Training.Contracts;

/// <summary>The trainer recorded that a person completed a session of a course.</summary>
/// <param name="CompletionId">The completion.</param>
/// <param name="CourseId">The course.</param>
/// <param name="CourseKind">The kind of course.</param>
/// <param name="OrganisationId">The person's organisation, when known.</param>
/// <param name="CompletedOn">The date completed (Welsh date).</param>
/// <param name="ExpiresOn">When a refresher is due; null when the course does not lapse.</param>
public sealed record TrainingCompleted(Guid CompletionId, Guid CourseId, CourseKind CourseKind, Guid? OrganisationId, DateOnly CompletedOn, DateOnly? ExpiresOn) : IIntegrationEvent;

/// <summary>A training need of an organisation on an agreement was met by a completion.</summary>
/// <param name="NeedId">The need.</param>
/// <param name="AgreementId">The agreement it was raised for.</param>
/// <param name="OrganisationId">The partner organisation.</param>
/// <param name="CourseId">The course.</param>
/// <param name="CompletionId">The completion that met it.</param>
public sealed record TrainingNeedMet(Guid NeedId, Guid AgreementId, Guid OrganisationId, Guid CourseId, Guid CompletionId) : IIntegrationEvent;
