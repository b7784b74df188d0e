using System.Globalization;
using System.Text;

namespace SpiPlatform.Web;

/// <summary>
/// RFC 4180 rows (CRLF, fields quoted only when they must be), safe to open in a spreadsheet: every CSV download
/// (the register, the library) writes its rows with this.
/// </summary>
public static class Csv
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    // A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection); a leading ' makes it text.
    private static readonly char[] FormulaStart = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The UTF-8 encoding with a byte-order mark, which tells Excel the file is UTF-8 (so ŵ, ŷ and â survive).</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>One row, ending in CRLF.</summary>
    public static string Row(IEnumerable<string?> cells)
    {
        var row = new StringBuilder();
        foreach (var cell in cells)
        {
            if (row.Length > 0)
            {
                row.Append(',');
            }
            row.Append(Field(cell));
        }
        return row.Append("\r\n").ToString();
    }

    /// <summary>One field: neutralised if a spreadsheet would read it as a formula, quoted if it must be.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (FormulaStart.Contains(value[0]) && !IsPlainNumber(value))
        {
            value = "'" + value;
        }
        return value.IndexOfAny(MustQuote) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // A negative number such as -400 is data, not a formula, and must stay a number in the spreadsheet.
    private static bool IsPlainNumber(string value)
        => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
