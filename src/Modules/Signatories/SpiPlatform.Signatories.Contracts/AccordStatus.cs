namespace SpiPlatform.Signatories.Contracts;

/// <summary>Where an organisation stands with the Accord, from its latest signature.</summary>
public enum AccordStatus
{
    /// <summary>Registered, never signed.</summary>
    NotSigned,
    /// <summary>Signed; waiting for the programme team to verify.</summary>
    Pending,
    /// <summary>Verified: a current signatory.</summary>
    Active,
    /// <summary>The programme team could not verify the signature.</summary>
    Rejected,
    /// <summary>Withdrew from the Accord.</summary>
    Withdrawn,
    /// <summary>Not renewed by its renewal date.</summary>
    Lapsed,
}
