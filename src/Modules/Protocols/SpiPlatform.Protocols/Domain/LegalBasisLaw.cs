namespace SpiPlatform.Protocols.Domain;

/// <summary>
/// The legal-bases list as read from <c>protocols.legal_bases</c>: which codes exist, which are repealed or retired,
/// and what a draft may be offered. A basis of repealed law (the Data Protection Act 1998) or one the programme team
/// retired stays on the agreements that cite it, but cannot be chosen for a draft that did not already have it.
/// </summary>
internal sealed class LegalBasisLaw(IEnumerable<LegalBasis> entries)
{
    private readonly Dictionary<string, LegalBasis> _byCode = entries.ToDictionary(b => b.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<LegalBasis> All => _byCode.Values;

    public LegalBasis? Find(string code) => _byCode.GetValueOrDefault(code);

    public bool IsRepealed(string code) => Find(code)?.Repealed == true;

    public bool IsCurrent(string code) => Find(code)?.IsCurrent == true;

    /// <summary>The bases a draft may offer, in list order: every current one, and any other it already cites.</summary>
    public IEnumerable<LegalBasis> Offered(IEnumerable<string> alreadyCited)
    {
        var cited = alreadyCited.ToHashSet(StringComparer.Ordinal);
        return Ordered(_byCode.Values.Where(b => b.IsCurrent || cited.Contains(b.Code)));
    }

    public static IEnumerable<LegalBasis> Ordered(IEnumerable<LegalBasis> bases)
        => bases.OrderBy(b => b.Group).ThenBy(b => b.SortOrder).ThenBy(b => b.Code, StringComparer.Ordinal);
}
