namespace SpiPlatform.Bench;

/// <summary>Who sends an operation: an anonymous reader, a demo member of staff signed in by cookie, or an OAuth client with a bearer token.</summary>
internal enum Reader
{
    Anonymous,
    QaReviewer,
    ProgrammeTeam,
    EvaluatorClient,
}
