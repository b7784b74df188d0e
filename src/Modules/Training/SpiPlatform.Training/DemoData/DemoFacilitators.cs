using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using static SpiPlatform.Signatories.Contracts.ServiceArea;

namespace SpiPlatform.Training.DemoData;

/// <summary>
/// Facilitators the source document names or implies, a few of the ~300 WASPI trained: the facilitator of the Flying
/// Start Torfaen and Gwent Frailty ISPs (the demo editor, so a signed-in facilitator can keep their own entry), the
/// Powys County Council and Hywel Dda Information Security Officers who jointly facilitated POVA Powys as first-timers
/// in 2011, the North Caerphilly and Cardiff MARAC facilitators, Betsi Cadwaladr's Hafan Lles team (a local centre of
/// expertise), and Welsh-speaking facilitators in the west and north. Names are invented.
/// </summary>
internal static class DemoFacilitators
{
    public static Guid IdOf(string email) => StableId.For("training-facilitator", email);

    public static IReadOnlyList<Facilitator> All(DateTimeOffset now) =>
    [
        Entry("Demo Organisation Editor", "editor@demo.spi.wales", "01495 762200", "Torfaen County Borough Council", [Torfaen, BlaenauGwent, Monmouthshire],
            FacilitatorLanguage.English, FacilitatorAvailability.Limited, "Flying Start Torfaen panel meetings first; one more ISP this year.", new(2009, 11, 12), now),
        Entry("Gareth Lewis", "gareth.lewis@aneurinbevan.demo.spi.wales", "01633 431000", "Aneurin Bevan Health Board", [Torfaen, Caerphilly, Newport, BlaenauGwent, Monmouthshire],
            FacilitatorLanguage.English, FacilitatorAvailability.Available, "Facilitated the Gwent Frailty ISP.", new(2010, 5, 20), now),
        Entry("Sian Powell", "sian.powell@powys.demo.spi.wales", null, "Powys County Council", [Powys],
            FacilitatorLanguage.Both, FacilitatorAvailability.Available, "First ISP (POVA Powys) facilitated jointly in 2011.", new(2011, 4, 6), now),
        Entry("Rhodri Evans", "rhodri.evans@hyweldda.demo.spi.wales", "01267 235151", "Hywel Dda Health Board", [Powys, Carmarthenshire, Ceredigion, Pembrokeshire],
            FacilitatorLanguage.Both, FacilitatorAvailability.Limited, "Available for west Wales partnerships from the spring.", new(2011, 4, 6), now),
        Entry("Karen Hughes", "karen.hughes@caerphilly.demo.spi.wales", "01443 815588", "Caerphilly County Borough Council", [Caerphilly],
            FacilitatorLanguage.English, FacilitatorAvailability.Available, null, new(2010, 9, 15), now),
        Entry("David Thomas", "david.thomas@cardiff.demo.spi.wales", "029 2087 2000", "Cardiff Council", [Cardiff, ValeOfGlamorgan],
            FacilitatorLanguage.English, FacilitatorAvailability.NotAvailable, "On secondment until next year.", new(2010, 2, 24), now),
        Entry("Catrin Jones", "catrin.jones@bcuhb.demo.spi.wales", "01745 448788", "Betsi Cadwaladr University Local Health Board", [Denbighshire, Conwy, Flintshire],
            FacilitatorLanguage.Both, FacilitatorAvailability.Available, "Hafan Lles Service ISP; leads later Betsi Cadwaladr ISPs.", new(2010, 7, 1), now),
        Entry("Elin Roberts", "elin.roberts@bcuhb.demo.spi.wales", null, "Betsi Cadwaladr University Local Health Board", [Gwynedd, IsleOfAnglesey],
            FacilitatorLanguage.Welsh, FacilitatorAvailability.Available, null, new(2012, 3, 14), now),
        Entry("Owain Davies", "owain.davies@ceredigion.demo.spi.wales", "01545 570881", "Ceredigion County Council", [Ceredigion],
            FacilitatorLanguage.Both, FacilitatorAvailability.Limited, "Mornings only.", new(2012, 10, 3), now),
        Entry("Helen Price", "helen.price@dyfed-powys.demo.spi.wales", null, "Dyfed-Powys Police", [Powys, Carmarthenshire, Pembrokeshire, Ceredigion],
            FacilitatorLanguage.English, FacilitatorAvailability.Available, null, new(2011, 6, 22), now),
        Entry("Mark Williams", "mark.williams@gwent.demo.spi.wales", "01633 838111", "Gwent Police", [Newport, Torfaen, Caerphilly, BlaenauGwent, Monmouthshire],
            FacilitatorLanguage.English, FacilitatorAvailability.Available, "Community safety and offender management ISPs.", new(2010, 11, 30), now),
        Entry("Nia Griffiths", "nia.griffiths@wast.demo.spi.wales", null, "Welsh Ambulance Services NHS Trust", [AllWales],
            FacilitatorLanguage.Both, FacilitatorAvailability.Limited, "Ambulance-service partnerships anywhere in Wales.", new(2012, 1, 18), now),
        Entry("Andrew Morgan", "andrew.morgan@swp.demo.spi.wales", "01656 655555", "South Wales Police", [Cardiff, Swansea, Bridgend, NeathPortTalbot, RhonddaCynonTaf, MerthyrTydfil],
            FacilitatorLanguage.English, FacilitatorAvailability.Available, "Cardiff MARAC information flows.", new(2011, 2, 9), now),
    ];

    private static Facilitator Entry(string name, string email, string? phone, string organisation, List<ServiceArea> areas,
        FacilitatorLanguage languages, FacilitatorAvailability availability, string? note, DateOnly qualifiedOn, DateTimeOffset now) => new()
    {
        Id = IdOf(email), Name = name, Email = email, Phone = phone, OrganisationId = DemoOrganisationIds.Of(organisation),
        Areas = areas, Languages = languages, Availability = availability, AvailabilityNote = note, QualifiedOn = qualifiedOn,
        CreatedAt = now, UpdatedAt = now, UpdatedBy = "system:demo-data",
    };
}
