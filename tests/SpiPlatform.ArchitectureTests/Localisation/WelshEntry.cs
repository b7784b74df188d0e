using System.Xml;
using System.Xml.Linq;

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>One <c>&lt;data name="English" &gt;&lt;value&gt;Welsh&lt;/value&gt;</c> of a <c>.cy.resx</c> file.</summary>
internal sealed record WelshEntry(string Name, string Value, string File, int Line)
{
    public override string ToString() => $"\"{Name}\" ({File}:{Line})";

    /// <summary>The string entries of a resource file (typed and file entries are not text to translate).</summary>
    public static List<WelshEntry> Read(string file, string xml)
        => [.. XDocument.Parse(xml, LoadOptions.SetLineInfo).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null && d.Attribute("mimetype") is null)
            .Select(d => new WelshEntry(
                (string?)d.Attribute("name") ?? "", d.Element("value")?.Value ?? "", file, ((IXmlLineInfo)d).LineNumber))];
}
