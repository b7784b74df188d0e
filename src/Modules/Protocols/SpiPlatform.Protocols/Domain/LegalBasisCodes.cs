using System.Text.RegularExpressions;
using GraphQL;

namespace SpiPlatform.Protocols.Domain;

/// <summary>
/// Legal-basis codes. A code is PascalCase (<c>UkGdprArticle6E</c>); the library's <c>basis</c> facet and filter use its
/// CONSTANT_CASE form (<c>UK_GDPR_ARTICLE_6_E</c>), which for the old gateways is exactly their GraphQL enum name, so a
/// code must survive the round trip to be accepted.
/// </summary>
internal static partial class LegalBasisCodes
{
    public const string DataProtectionAct1998 = "DataProtectionAct1998";

    public static string Constant(string code) => code.ToConstantCase();

    /// <summary>The code a CONSTANT_CASE facet value stands for.</summary>
    public static string FromConstant(string constant)
        => string.Concat(constant.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));

    public static bool IsWellFormed(string code)
        => code.Length <= LegalBasis.MaxCodeLength && Shape().IsMatch(code) && FromConstant(Constant(code)) == code;

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Shape();
}
