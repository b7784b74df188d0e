using Npgsql;
using NpgsqlTypes;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>The words of a library search as SQL: tsquery expressions over the English and the Welsh vector, with their parameters.</summary>
internal sealed class TextMatch
{
    public List<NpgsqlParameter> Parameters { get; } = [];

    public string English { get; set; } = "";

    public string Welsh { get; set; } = "";

    /// <summary>
    /// The same words for finding the matches, with a thesaurus term's words ANDed rather than as a phrase: the GIN
    /// index answers that alone, where a phrase makes PostgreSQL re-read every candidate's vector (8.7 s → 0.3 s for
    /// "flying start cardiff" at 1 M agreements). The phrase still ranks, so adjacent words come first (ADR 0022).
    /// </summary>
    public string EnglishFilter { get; set; } = "";

    public string WelshFilter { get; set; } = "";

    /// <summary>An integer expression: how many of the words and thesaurus groups agreement <c>a</c> matches.</summary>
    public string WordsMatched { get; set; } = "0";

    /// <summary>A websearch text of every word and term, for highlighting the snippet.</summary>
    public string Highlight { get; set; } = "";

    public string Rank => $"""ts_rank_cd(a."SearchVector", {English}) + ts_rank_cd(a."WelshVector", {Welsh})""";

    public string Add(string name, string value)
    {
        Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = value });
        return name;
    }

    public void Add(string name, string[] values)
        => Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values });
}
