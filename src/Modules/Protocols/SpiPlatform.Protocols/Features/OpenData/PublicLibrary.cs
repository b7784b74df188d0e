using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.SearchLibrary;

namespace SpiPlatform.Protocols.Features.OpenData;

/// <summary>
/// The library as the public sees it, for the open-data downloads: the page's query string read by the page's
/// <see cref="LibraryFilter"/> and answered by the page's <see cref="LibrarySearch"/> for a reader who is not signed
/// in, whoever asks (so staff never publish drafts by sharing a link), every page of it in the page's order. Like the
/// page, it reaches at most <see cref="LibrarySearch.CandidateCap"/> results.
/// </summary>
internal sealed class PublicLibrary(LibrarySearch search)
{
    private const int Batch = 100;

    private static readonly ClaimsPrincipal Public = new(new ClaimsIdentity());

    public static LibraryQuery QueryFrom(IQueryCollection query) => LibraryFilter.From(query, statusAllowed: false).ToQuery(1);

    public async IAsyncEnumerable<Agreement> AllAsync(LibraryQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var offset = 0; ; offset += Batch)
        {
            var page = await search.SearchAsync(query with { Offset = offset, Limit = Batch }, Public, ct);
            foreach (var hit in page.Hits)
            {
                yield return hit.Agreement;
            }
            if (page.Hits.Count < Batch || offset + Batch >= page.PageableCount)
            {
                yield break;
            }
        }
    }
}
