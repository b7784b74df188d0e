using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>The Information Flow Reference Table, row for row as the agreement page shows it (the stage on every row).</summary>
internal sealed class FlowsSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var l = d.L;
        w.Heading(l["Information shared by stage"]);
        if (d.Agreement.Flows.Count == 0)
        {
            w.Paragraph(l["No information flows have been recorded yet."]);
            return;
        }
        w.Table(l["Information Flow Reference Table"], [l["Stage"], l["From"], l["To"], l["Data"], l["Method"], l["Frequency"], l["Legal basis"]],
            FlowOrder.ByStage(d.Agreement.Flows).SelectMany(stage => stage).Select(f => (IReadOnlyList<string>)
            [
                l.Stage(f.Stage, f.CustomStage), d.Name(f.FromOrganisationId), d.Name(f.ToOrganisationId),
                string.Join(", ", f.Data.Select(c => l.Data(c))), l.Method(f.Method), f.Frequency,
                f.LegalBases is { Count: > 0 } bases ? string.Join("; ", bases.Select(d.Basis)) : "—",
            ]));
    }
}
