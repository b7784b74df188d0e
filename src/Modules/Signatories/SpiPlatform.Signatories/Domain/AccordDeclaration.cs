namespace SpiPlatform.Signatories.Domain;

/// <summary>The declaration an organisation's senior officer signs, in both languages.</summary>
internal static class AccordDeclaration
{
    public static IReadOnlyList<string> English { get; } =
    [
        "We commit to the Wales Accord on the Sharing of Personal Information (WASPI) and its principles.",
        "We will share personal information only where it is lawful, necessary and proportionate, and we will be open with people about how their information is shared.",
        "We will agree regular sharing in Information Sharing Protocols, and one-way disclosures in Data Disclosure Agreements, using the WASPI templates and quality assurance.",
        "We will keep the information we share accurate, secure and no longer than needed, and train our staff to share it with confidence.",
        "We have named a Designated Person who is accountable for our part in the Accord, and we will keep our details on the register up to date.",
    ];

    public static IReadOnlyList<string> Welsh { get; } =
    [
        "Rydym yn ymrwymo i Gytundeb Cymru ar gyfer Rhannu Gwybodaeth Bersonol (WASPI) a'i egwyddorion.",
        "Byddwn yn rhannu gwybodaeth bersonol dim ond pan fo hynny'n gyfreithlon, yn angenrheidiol ac yn gymesur, a byddwn yn agored gyda phobl am y ffordd y caiff eu gwybodaeth ei rhannu.",
        "Byddwn yn cytuno ar rannu rheolaidd mewn Protocolau Rhannu Gwybodaeth, a datgeliadau unffordd mewn Cytundebau Datgelu Data, gan ddefnyddio templedi a sicrwydd ansawdd WASPI.",
        "Byddwn yn cadw'r wybodaeth a rannwn yn gywir, yn ddiogel ac am ddim hirach nag sydd ei angen, ac yn hyfforddi ein staff i'w rhannu'n hyderus.",
        "Rydym wedi enwi Person Dynodedig sy'n atebol am ein rhan yn y Cytundeb, a byddwn yn cadw ein manylion ar y gofrestr yn gyfredol.",
    ];
}
