using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>Security per transfer method: each method the flows use, which flows use it, then the agreed arrangements.</summary>
internal sealed class SecuritySection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var l = d.L;
        w.Heading(l["Security by transfer method"]);
        var flows = FlowOrder.ByStage(d.Agreement.Flows).SelectMany(stage => stage).ToList();
        if (flows.Count > 0)
        {
            w.Table(l["Security by transfer method"], [l["Method"], l["Flows using this method"]],
                flows.GroupBy(f => f.Method).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)
                [
                    l.Method(g.Key),
                    string.Join("; ", g.Select(f => $"{l.Stage(f.Stage, f.CustomStage)}: {d.Name(f.FromOrganisationId)} → {d.Name(f.ToOrganisationId)}")),
                ]));
        }
        w.Paragraph(d.Agreement.SecurityNotes is { Length: > 0 } notes ? notes : l["No security arrangements have been recorded."]);
    }
}
