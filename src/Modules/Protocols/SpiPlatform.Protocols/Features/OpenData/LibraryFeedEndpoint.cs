using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.Features.OpenData;

/// <summary>
/// <c>GET /library/feed.atom</c>: an Atom 1.0 feed of the public library's agreements that went live (live or under
/// review, with a go-live date), newest first, filtered by the page's query string; written by
/// <see cref="Atom10FeedFormatter"/>.
/// </summary>
internal static class LibraryFeedEndpoint
{
    public const string Path = "/library/feed.atom";

    public const int MaxEntries = 50;

    public static async Task WriteAsync(HttpContext http, PublicLibrary library, IStringLocalizer<ProtocolsResource> l, CancellationToken ct)
    {
        var query = PublicLibrary.QueryFrom(http.Request.Query) with { Statuses = [AgreementStatus.Live, AgreementStatus.UnderReview] };
        var live = new List<Agreement>();
        await foreach (var a in library.AllAsync(query, ct))
        {
            if (a.LiveOn is not null)
            {
                live.Add(a);
            }
        }
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        var self = site + Path + http.Request.QueryString;
        var entries = live.OrderByDescending(a => a.LiveOn).ThenBy(a => a.Reference, StringComparer.Ordinal).Take(MaxEntries)
            .Select(a => Entry(a, site, l)).ToList();
        var feed = new SyndicationFeed(l["Agreements that went live"], l["Information Sharing Protocols and Data Disclosure Agreements that partners in Wales have signed off."],
            new Uri(site + "/library" + http.Request.QueryString), self, entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch, entries)
        {
            Language = Bilingual.IsWelsh ? "cy" : "en",
        };
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "WASPI" });

        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, ct);
    }

    private static SyndicationItem Entry(Agreement a, string site, IStringLocalizer l)
    {
        var link = new Uri($"{site}/library/{a.Reference}");
        var wentLive = new DateTimeOffset(a.LiveOn!.Value.ToDateTime(TimeOnly.MinValue), WalesClock.TimeZone.GetUtcOffset(a.LiveOn.Value.ToDateTime(TimeOnly.MinValue)));
        var item = new SyndicationItem(Bilingual.Pick(a.TitleEn, a.TitleCy), Bilingual.Pick(a.SummaryEn, a.SummaryCy), link, link.AbsoluteUri, wentLive)
        {
            PublishDate = wentLive,
        };
        item.Categories.Add(new SyndicationCategory(l.Service(a.ServiceArea)));
        item.Summary = new TextSyndicationContent($"{a.Reference} · {l.Kind(a.Kind)} · {l.Status(a.Status)}. {Bilingual.Pick(a.SummaryEn, a.SummaryCy)}");
        return item;
    }
}
