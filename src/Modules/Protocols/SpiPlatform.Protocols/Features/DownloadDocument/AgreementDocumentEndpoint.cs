using System.Globalization;
using Microsoft.AspNetCore.Http;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>
/// <c>GET /library/{reference}/document.docx?language=en|cy|both&amp;version=N</c>: the ISP document, of the agreement as
/// it is or of frozen version N, for whoever may see the agreement page (404 where the page is 404).
/// </summary>
internal static class AgreementDocumentEndpoint
{
    public const string Pattern = "/library/{reference}/document.docx";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string PathFor(string reference, string language, int? version = null)
        => $"/library/{Uri.EscapeDataString(reference)}/document.docx?language={language}"
            + (version is { } n ? "&version=" + n.ToString(CultureInfo.InvariantCulture) : "");

    public static async Task<IResult> GetAsync(
        HttpContext http, string reference, AgreementDocumentReader reader, IspDocumentBuilder builder, CancellationToken ct)
    {
        if (DocumentLanguage.From(http.Request.Query["language"], Bilingual.IsWelsh) is not { } language)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "language must be en, cy or both.");
        }
        int? version = null;
        if (http.Request.Query["version"].ToString() is { Length: > 0 } asked)
        {
            if (!int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "version must be a version number (1 or more).");
            }
            version = n;
        }
        if (await reader.ReadAsync(reference, version, http.User, ct) is not { } content)
        {
            return Results.NotFound();
        }
        var name = $"{content.Agreement.Reference}{(content.Version.Number is { } v ? "-v" + v.ToString(CultureInfo.InvariantCulture) : "")}-{language.Code}.docx";
        // A draft's document is for its partners only: no shared cache may keep it.
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(builder.Build(content, language), ContentType, name);
    }
}
