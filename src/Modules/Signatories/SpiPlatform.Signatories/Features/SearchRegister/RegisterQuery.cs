using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.SearchRegister;

internal enum RegisterOrder
{
    /// <summary>Best match first when searching, else by name.</summary>
    Relevance,
    Name,
    RecentlySigned,
}

/// <summary>One question to the register: the same for the public page, its CSV download and the GraphQL API.</summary>
internal sealed record RegisterQuery(
    string? Search,
    IReadOnlyList<OrganisationSector>? Sectors = null,
    IReadOnlyList<ServiceArea>? Areas = null,
    IReadOnlyList<AccordStatus>? Statuses = null,
    RegisterOrder Order = RegisterOrder.Relevance,
    int Offset = 0,
    int Limit = 20);

internal sealed record RegisterPage(IReadOnlyList<Organisation> Items, int TotalCount, int Offset);
