using System.Security.Claims;
using Npgsql;
using NpgsqlTypes;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// The WHERE clause of a library question, written as SQL with parameters: who may see what, the facet filters, and
/// the words. Only the conditions asked for are written, so the planner sees a plain query it can use indexes for.
/// </summary>
internal sealed class LibraryWhere
{
    private readonly List<string> _conditions = [];

    public List<NpgsqlParameter> Parameters { get; } = [];

    public string Sql => _conditions.Count == 0 ? "TRUE" : string.Join("\n  AND ", _conditions);

    /// <summary>Whether the filter is the same for everyone who shares this visibility (no words, no facet ticked).</summary>
    public bool IsUnfiltered { get; private set; } = true;

    /// <summary>Whether words are asked for.</summary>
    public bool HasText { get; private set; }

    /// <summary>Identifies the visibility, for caching what all such readers see.</summary>
    public string VisibilityKey { get; private set; } = "all";

    public static LibraryWhere For(LibraryQuery q, ClaimsPrincipal user, TextMatch? text)
    {
        var w = new LibraryWhere();
        w.Visibility(user);
        w.AnyOf("\"Kind\"", q.Kinds);
        w.AnyOf("\"Status\"", q.Statuses);
        w.AnyOf("\"ServiceArea\"", q.ServiceAreas);
        w.Overlaps("\"PartnerSectors\"", q.PartnerSectors);
        w.Overlaps("\"Regions\"", q.Regions);
        w.Overlaps("\"DataCategories\"", q.DataCategories);
        w.Bases(q.LegalBases);
        if (q.ReviewLapsedOnly)
        {
            w.Condition("""a."ReviewLapsedFor" = a."ReviewDue" """);
        }
        if (text is not null)
        {
            w.Parameters.AddRange(text.Parameters);
            w.HasText = true;
            w.Condition($"""(a."SearchVector" @@ {text.EnglishFilter} OR a."WelshVector" @@ {text.WelshFilter})""");
        }
        return w;
    }

    public void Add(string name, NpgsqlDbType type, object value) => Parameters.Add(new NpgsqlParameter(name, type) { Value = value });

    private void Condition(string sql, bool filters = true)
    {
        _conditions.Add(sql);
        IsUnfiltered &= !filters;
    }

    private void Visibility(ClaimsPrincipal user)
    {
        if (ProtocolsAccess.CanReadAll(user))
        {
            return;
        }
        Add("public", NpgsqlDbType.Array | NpgsqlDbType.Text, ProtocolsAccess.PublicStatuses.Select(s => s.ToString()).ToArray());
        if (ProtocolsAccess.OwnOrganisation(user) is { } own)
        {
            Add("own", NpgsqlDbType.Uuid, own);
            VisibilityKey = "organisation:" + own;
            Condition("""(a."Status" = ANY(@public) OR EXISTS (SELECT 1 FROM protocols.agreement_partners p WHERE p."AgreementId" = a."Id" AND p."OrganisationId" = @own))""", filters: false);
        }
        else
        {
            VisibilityKey = "public";
            Condition("""a."Status" = ANY(@public)""", filters: false);
        }
    }

    private void AnyOf<T>(string column, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is { Count: > 0 })
        {
            var name = "p" + Parameters.Count;
            Add(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.ToString()).ToArray());
            Condition($"a.{column} = ANY(@{name})");
        }
    }

    private void Overlaps<T>(string column, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is { Count: > 0 })
        {
            var name = "p" + Parameters.Count;
            Add(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.ToString()).ToArray());
            Condition($"a.{column} && @{name}");
        }
    }

    // CONSENT, OTHER and legal-basis codes in CONSTANT_CASE, any of which may hold.
    private void Bases(IReadOnlyList<string>? bases)
    {
        if (bases is not { Count: > 0 })
        {
            return;
        }
        var any = new List<string> { "FALSE" };
        if (bases.Contains(LegalBases.Consent))
        {
            any.Add("""a."ConsentRequired" """);
        }
        if (bases.Contains(LegalBases.Other))
        {
            any.Add("""a."OtherLegalBasis" IS NOT NULL""");
        }
        var gateways = bases.Where(b => b is not LegalBases.Consent and not LegalBases.Other).Select(Domain.LegalBasisCodes.FromConstant).ToArray();
        if (gateways.Length > 0)
        {
            Add("gateways", NpgsqlDbType.Array | NpgsqlDbType.Text, gateways);
            any.Add("""a."Gateways" && @gateways""");
        }
        Condition("(" + string.Join(" OR ", any) + ")");
    }
}
