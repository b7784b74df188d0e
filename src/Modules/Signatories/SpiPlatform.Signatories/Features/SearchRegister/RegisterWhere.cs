using Npgsql;
using NpgsqlTypes;

namespace SpiPlatform.Signatories.Features.SearchRegister;

/// <summary>
/// The WHERE clause of a register question, written as SQL with parameters. Only the conditions asked for are written,
/// and the name test uses the operators the trigram index on the unaccented names answers (<c>&lt;%</c>, <c>LIKE</c>).
/// </summary>
internal sealed class RegisterWhere
{
    /// <summary>The names as the index holds them: lower case, accents removed.</summary>
    public const string NameEn = """signatories.immutable_unaccent(lower(o."NameEn"))""";

    public const string NameCy = """signatories.immutable_unaccent(lower(o."NameCy"))""";

    /// <summary>The search text as the names are held; immutable, so folded to a constant when the plan is made.</summary>
    public const string Search = "signatories.immutable_unaccent(lower(@search))";

    private readonly List<string> _conditions = [];

    public List<NpgsqlParameter> Parameters { get; } = [];

    public string Sql => _conditions.Count == 0 ? "TRUE" : string.Join("\n  AND ", _conditions);

    public bool HasSearch { get; private set; }

    /// <summary>
    /// The conditions; with words, either the text anywhere in a name (<paramref name="similar"/> false) or close to a
    /// name word by word, for typos.
    /// </summary>
    public static RegisterWhere For(RegisterQuery query, string? search, bool similar = false)
    {
        var w = new RegisterWhere();
        w.AnyOf("\"Sector\"", query.Sectors);
        w.Overlaps("\"Areas\"", query.Areas);
        w.AnyOf("\"Status\"", query.Statuses);
        if (search is not null)
        {
            w.HasSearch = true;
            w.Add("search", NpgsqlDbType.Text, search);
            // The text itself anywhere in a name, its % _ and \ taken literally; or close enough word by word (typos;
            // the threshold is set for the transaction).
            var substring = $"""'%' || replace(replace(replace({Search}, '\', '\\'), '%', '\%'), '_', '\_') || '%'""";
            w._conditions.Add(similar
                ? $"({Search} <% {NameEn} OR {Search} <% {NameCy})"
                : $"({NameEn} LIKE {substring} OR {NameCy} LIKE {substring})");
        }
        return w;
    }

    public void Add(string name, NpgsqlDbType type, object value) => Parameters.Add(new NpgsqlParameter(name, type) { Value = value });

    private void AnyOf<T>(string column, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is { Count: > 0 })
        {
            var name = "p" + Parameters.Count;
            Add(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.ToString()).ToArray());
            _conditions.Add($"o.{column} = ANY(@{name})");
        }
    }

    private void Overlaps<T>(string column, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is { Count: > 0 })
        {
            var name = "p" + Parameters.Count;
            Add(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.ToString()).ToArray());
            _conditions.Add($"o.{column} && @{name}");
        }
    }
}
