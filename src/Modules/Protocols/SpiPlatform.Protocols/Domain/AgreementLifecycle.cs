using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.Domain;

/// <summary>Which status may follow which: partners submit drafts; the QA module drives everything after that.</summary>
internal static class AgreementLifecycle
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Next = new()
    {
        [AgreementStatus.Draft] = [AgreementStatus.InQualityAssurance, AgreementStatus.Withdrawn],
        [AgreementStatus.InQualityAssurance] = [AgreementStatus.Draft, AgreementStatus.QualityAssured],
        [AgreementStatus.QualityAssured] = [AgreementStatus.AwaitingSignOff, AgreementStatus.Draft],
        [AgreementStatus.AwaitingSignOff] = [AgreementStatus.Live, AgreementStatus.Draft],
        [AgreementStatus.Live] = [AgreementStatus.UnderReview, AgreementStatus.Superseded, AgreementStatus.Withdrawn],
        [AgreementStatus.UnderReview] = [AgreementStatus.Live, AgreementStatus.Superseded, AgreementStatus.Withdrawn],
        [AgreementStatus.Superseded] = [],
        [AgreementStatus.Withdrawn] = [],
    };

    public static bool CanMove(AgreementStatus from, AgreementStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<AgreementStatus> NextFrom(AgreementStatus from) => Next[from];
}
