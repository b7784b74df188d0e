namespace SpiPlatform.Protocols.DemoData;

/// <summary>
/// The library's starting thesaurus: the field's other words for the same thing, English and Welsh together.
/// Flying Start (Dechrau'n Deg) is the Welsh Government's early years programme.
/// </summary>
internal static class DemoThesaurus
{
    public static readonly IReadOnlyDictionary<string, string[]> Concepts = new Dictionary<string, string[]>
    {
        ["domestic-abuse"] = ["domestic abuse", "domestic violence", "trais domestig", "cam-drin domestig"],
        ["early-years"] = ["early years", "childcare", "Flying Start", "Dechrau'n Deg", "blynyddoedd cynnar", "gofal plant"],
        ["older-people"] = ["frailty", "older people", "pobl hŷn", "eiddilwch"],
        ["safeguarding"] = ["safeguarding", "protection", "diogelu", "amddiffyn"],
    };
}
