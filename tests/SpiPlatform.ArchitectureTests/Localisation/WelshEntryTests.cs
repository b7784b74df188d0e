namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class WelshEntryTests
{
    [Fact]
    public void String_entries_are_read_with_their_line()
    {
        const string Xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
              <data name="Home" xml:space="preserve">
                <value>Hafan</value>
              </data>
              <data name="Empty" xml:space="preserve" />
              <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>logo.png</value></data>
            </root>
            """;

        Assert.Equal([new WelshEntry("Home", "Hafan", "x.cy.resx", 4), new WelshEntry("Empty", "", "x.cy.resx", 7)], WelshEntry.Read("x.cy.resx", Xml));
    }
}
