using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Signatories.Contracts;

/// <summary>An organisation signed the Accord; the signature waits for verification.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="SignatureId">The new signature.</param>
/// <param name="DeclarationVersion">The Accord version signed, e.g. 5.0.</param>
/// <param name="SignedOn">The date it was signed.</param>
public sealed record AccordSigned(Guid OrganisationId, Guid SignatureId, string DeclarationVersion, DateOnly SignedOn) : IIntegrationEvent;

/// <summary>The programme team verified a signature: the organisation is now an active signatory.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="SignatureId">The verified signature.</param>
/// <param name="RenewalDueOn">When the signature must be renewed.</param>
public sealed record AccordSignatureVerified(Guid OrganisationId, Guid SignatureId, DateOnly RenewalDueOn) : IIntegrationEvent;

/// <summary>An organisation withdrew from the Accord.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="SignatureId">The signature withdrawn.</param>
/// <param name="Reason">Why, as recorded.</param>
public sealed record AccordWithdrawn(Guid OrganisationId, Guid SignatureId, string Reason) : IIntegrationEvent;
