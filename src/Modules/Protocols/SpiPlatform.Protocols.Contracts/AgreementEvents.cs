using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Protocols.Contracts;

/// <summary>A draft was submitted to the WASPI team for quality assurance.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="VersionNumber">The immutable version submitted.</param>
public sealed record AgreementSubmittedForQualityAssurance(Guid AgreementId, string Reference, int VersionNumber) : IIntegrationEvent;

/// <summary>An agreement moved from one lifecycle status to another.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="From">The status it left.</param>
/// <param name="To">The status it entered.</param>
public sealed record AgreementStatusChanged(Guid AgreementId, AgreementStatus From, AgreementStatus To) : IIntegrationEvent;

/// <summary>A new draft was started from an existing agreement (reuse).</summary>
/// <param name="AgreementId">The new draft.</param>
/// <param name="DerivedFromId">The agreement it was started from.</param>
public sealed record AgreementDerived(Guid AgreementId, Guid DerivedFromId) : IIntegrationEvent;
