namespace SpiPlatform.Protocols.Domain;

/// <summary>
/// One term of the library's thesaurus: terms that share a concept are searched for together, so "early years"
/// also finds Flying Start. English and Welsh terms sit in the same concept; the table is data, edited without a release.
/// </summary>
internal sealed class SearchSynonym
{
    public int Id { get; init; }
    public required string Concept { get; init; }
    public required string Term { get; init; }
}
