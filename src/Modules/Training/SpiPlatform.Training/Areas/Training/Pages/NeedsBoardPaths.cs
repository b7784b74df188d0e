namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>Where the needs boards are.</summary>
internal static class NeedsBoardPaths
{
    public static string Agreement(Guid agreementId) => $"/training/needs/agreements/{agreementId}";

    public static string Organisation(Guid organisationId) => $"/training/needs/organisations/{organisationId}";
}
