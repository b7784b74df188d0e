using System.Security.Claims;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Host.InTray;

/// <summary>(Public only because the view component that uses it must be.) Everything the modules have waiting for the signed-in user, oldest first.</summary>
public sealed class InTray(IEnumerable<IWorkItemSource> sources)
{
    public async Task<List<WorkItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ForAsync(user, ct));
        }
        return [.. items.OrderBy(i => i.Since)];
    }

    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var count = 0;
        foreach (var source in sources)
        {
            count += await source.CountAsync(user, ct);
        }
        return count;
    }
}
