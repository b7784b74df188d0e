using System.Text.Json;
using SpiPlatform.Protocols.Features.Shared;

namespace SpiPlatform.Protocols.Features.CompareVersions;

internal sealed record FieldChange(string Field, string? Before, string? After);

internal sealed record FlowChange(Guid FlowId, string Change, string? Before, string? After);

internal sealed record AgreementDiff(int From, int To, IReadOnlyList<FieldChange> Fields, IReadOnlyList<FlowChange> Flows);

/// <summary>A readable diff between two versions: field by field, and flows added, removed or changed.</summary>
internal static partial class VersionDiff
{
    /// <summary>The diff; with <paramref name="nameOf"/>, organisations are shown by name instead of by id.</summary>
    public static AgreementDiff Between(int fromNumber, string fromJson, int toNumber, string toJson, Func<Guid, string>? nameOf = null)
    {
        var before = AgreementSnapshot.Read(fromJson);
        var after = AgreementSnapshot.Read(toJson);
        using var b = JsonDocument.Parse(JsonSerializer.Serialize(before with { Flows = [] }, AgreementSnapshot.Json));
        using var a = JsonDocument.Parse(JsonSerializer.Serialize(after with { Flows = [] }, AgreementSnapshot.Json));
        var fields = a.RootElement.EnumerateObject()
            .Where(p => p.Name != "flows")
            .Select(p => (p.Name, Before: b.RootElement.GetProperty(p.Name), After: p.Value))
            .Where(x => x.Before.GetRawText() != x.After.GetRawText())
            .Select(x => new FieldChange(x.Name, Named(Show(x.Before), nameOf), Named(Show(x.After), nameOf)))
            .ToList();

        var oldFlows = before.Flows.ToDictionary(f => f.Id);
        var newFlows = after.Flows.ToDictionary(f => f.Id);
        var flows = new List<FlowChange>();
        flows.AddRange(after.Flows.Where(f => !oldFlows.ContainsKey(f.Id)).Select(f => new FlowChange(f.Id, "Added", null, Describe(f, nameOf))));
        flows.AddRange(before.Flows.Where(f => !newFlows.ContainsKey(f.Id)).Select(f => new FlowChange(f.Id, "Removed", Describe(f, nameOf), null)));
        flows.AddRange(after.Flows.Where(f => oldFlows.TryGetValue(f.Id, out var old) && Describe(old, nameOf) != Describe(f, nameOf))
            .Select(f => new FlowChange(f.Id, "Changed", Describe(oldFlows[f.Id], nameOf), Describe(f, nameOf))));
        return new AgreementDiff(fromNumber, toNumber, fields, flows);
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ToString())),
        _ => value.ToString(),
    };

    private static string Describe(FlowData f, Func<Guid, string>? nameOf)
        => $"{f.CustomStage ?? f.Stage}: {nameOf?.Invoke(f.From) ?? f.From.ToString()} → {nameOf?.Invoke(f.To) ?? f.To.ToString()}, {string.Join("/", f.Data)} by {f.Method}, {f.Frequency}";

    /// <summary>Replaces each organisation id in a shown value (the coordinator, or <c>id:Role</c> partners) by its name.</summary>
    private static string? Named(string? shown, Func<Guid, string>? nameOf)
        => shown is null || nameOf is null ? shown
            : OrganisationId().Replace(shown, m => nameOf(Guid.Parse(m.Value)));

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex OrganisationId();
}
