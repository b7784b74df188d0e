namespace SpiPlatform.Bench;

/// <summary>The parts generated names and texts are composed from, in English and Welsh.</summary>
internal static class Vocabulary
{
    /// <summary>Places: English name, Welsh name, the register's service area.</summary>
    public static readonly (string En, string Cy, string Area)[] Places =
    [
        ("Cardiff", "Caerdydd", "Cardiff"), ("Swansea", "Abertawe", "Swansea"), ("Newport", "Casnewydd", "Newport"),
        ("Wrexham", "Wrecsam", "Wrexham"), ("Bangor", "Bangor", "Gwynedd"), ("Caernarfon", "Caernarfon", "Gwynedd"),
        ("Newtown", "Y Drenewydd", "Powys"), ("Brecon", "Aberhonddu", "Powys"), ("Pontypool", "Pont-y-pŵl", "Torfaen"),
        ("Cwmbran", "Cwmbrân", "Torfaen"), ("Caerphilly", "Caerffili", "Caerphilly"), ("Bargoed", "Bargod", "Caerphilly"),
        ("Bridgend", "Pen-y-bont ar Ogwr", "Bridgend"), ("Maesteg", "Maesteg", "Bridgend"), ("Llandudno", "Llandudno", "Conwy"),
        ("Colwyn Bay", "Bae Colwyn", "Conwy"), ("Aberystwyth", "Aberystwyth", "Ceredigion"), ("Cardigan", "Aberteifi", "Ceredigion"),
        ("Mold", "Yr Wyddgrug", "Flintshire"), ("Flint", "Y Fflint", "Flintshire"), ("Carmarthen", "Caerfyrddin", "Carmarthenshire"),
        ("Llanelli", "Llanelli", "Carmarthenshire"), ("Haverfordwest", "Hwlffordd", "Pembrokeshire"), ("Tenby", "Dinbych-y-pysgod", "Pembrokeshire"),
        ("Rhyl", "Y Rhyl", "Denbighshire"), ("Denbigh", "Dinbych", "Denbighshire"), ("Holyhead", "Caergybi", "IsleOfAnglesey"),
        ("Llangefni", "Llangefni", "IsleOfAnglesey"), ("Merthyr Tydfil", "Merthyr Tudful", "MerthyrTydfil"),
        ("Monmouth", "Trefynwy", "Monmouthshire"), ("Abergavenny", "Y Fenni", "Monmouthshire"), ("Neath", "Castell-nedd", "NeathPortTalbot"),
        ("Port Talbot", "Port Talbot", "NeathPortTalbot"), ("Pontypridd", "Pontypridd", "RhonddaCynonTaf"), ("Aberdare", "Aberdâr", "RhonddaCynonTaf"),
        ("Barry", "Y Barri", "ValeOfGlamorgan"), ("Penarth", "Penarth", "ValeOfGlamorgan"), ("Ebbw Vale", "Glynebwy", "BlaenauGwent"),
        ("Tredegar", "Tredegar", "BlaenauGwent"), ("Chester", "Caer", "OutsideWales"), ("Bristol", "Bryste", "OutsideWales"),
        ("Shrewsbury", "Amwythig", "OutsideWales"),
    ];

    /// <summary>Kinds of body: English pattern, Welsh pattern ({0} the place), sector, weight.</summary>
    public static readonly (string En, string Cy, string Sector, int Weight)[] Bodies =
    [
        ("{0} County Council", "Cyngor Sir {0}", "LocalAuthority", 3),
        ("{0} Town Council", "Cyngor Tref {0}", "LocalAuthority", 2),
        ("{0} Health Board", "Bwrdd Iechyd {0}", "HealthBoard", 1),
        ("{0} Medical Practice", "Meddygfa {0}", "GpPractice", 10),
        ("{0} Family Surgery", "Meddygfa Teulu {0}", "GpPractice", 6),
        ("{0} Police Division", "Adran Heddlu {0}", "Police", 1),
        ("{0} Probation Office", "Swyddfa Prawf {0}", "Probation", 1),
        ("{0} Fire Station", "Gorsaf Dân {0}", "FireAndRescue", 2),
        ("{0} Ambulance Station", "Gorsaf Ambiwlans {0}", "Ambulance", 1),
        ("{0} Housing Association", "Cymdeithas Tai {0}", "HousingAssociation", 5),
        ("{0} Homes", "Cartrefi {0}", "HousingAssociation", 3),
        ("{0} Citizens Advice", "Cyngor ar Bopeth {0}", "VoluntarySector", 3),
        ("{0} Women's Aid", "Cymorth i Fenywod {0}", "VoluntarySector", 3),
        ("{0} Carers Centre", "Canolfan Gofalwyr {0}", "VoluntarySector", 3),
        ("{0} Mind", "Mind {0}", "VoluntarySector", 2),
        ("{0} Youth Project", "Prosiect Ieuenctid {0}", "VoluntarySector", 3),
        ("{0} Comprehensive School", "Ysgol Gyfun {0}", "Education", 6),
        ("{0} Primary School", "Ysgol Gynradd {0}", "Education", 8),
        ("{0} College", "Coleg {0}", "Education", 2),
        ("{0} Care Home", "Cartref Gofal {0}", "CareProvider", 6),
        ("{0} Domiciliary Care", "Gofal Cartref {0}", "CareProvider", 4),
        ("{0} Pharmacy", "Fferyllfa {0}", "PrivateProvider", 5),
        ("{0} Therapy Services Ltd", "Gwasanaethau Therapi {0} Cyf", "PrivateProvider", 2),
        ("{0} Inspection Office", "Swyddfa Arolygu {0}", "Regulator", 1),
        ("{0} Government Office", "Swyddfa'r Llywodraeth {0}", "Government", 1),
    ];

    /// <summary>Qualifiers that make more distinct names from the same place and body.</summary>
    public static readonly (string En, string Cy)[] Qualifiers =
    [
        ("", ""), ("North", "Gogledd"), ("South", "De"), ("East", "Dwyrain"), ("West", "Gorllewin"), ("Central", "Canol"),
        ("Upper", "Uchaf"), ("Lower", "Isaf"), ("Old", "Hen"), ("New", "Newydd"),
    ];

    /// <summary>Topics of agreements: English and Welsh words, service area, typical data, typical gateways, weight.</summary>
    public static readonly Topic[] Topics =
    [
        new("Domestic Abuse Referrals", "Atgyfeiriadau Cam-drin Domestig", "DomesticAbuse", "domestic abuse victims referred to a multi-agency risk assessment conference",
            ["Demographic", "Relationships", "Risks", "CriminalJustice", "HousingRecords"], ["CrimeAndDisorderAct1998Section115", "ChildrenAct2004"], 8),
        new("Youth Offending Service", "Gwasanaeth Troseddau Ieuenctid", "CommunitySafety", "young people known to the youth offending team and their families",
            ["Demographic", "CriminalJustice", "EducationRecords", "Risks"], ["CrimeAndDisorderAct1998Section115", "CriminalJusticeAct2003"], 5),
        new("Mental Health Crisis Care", "Gofal Argyfwng Iechyd Meddwl", "MentalHealth", "adults in mental health crisis detained or assessed under the Mental Health Act",
            ["Demographic", "MentalHealth", "Medication", "Risks"], ["MentalHealthAct2007", "NhsWalesAct2006"], 7),
        new("Hospital Discharge", "Rhyddhau o'r Ysbyty", "IntegratedHealthAndSocialCare", "patients leaving hospital who need care and support at home",
            ["Demographic", "PhysicalHealth", "SocialCare", "PersonalCare", "Medication"], ["NhsWalesAct2006", "NhsAndCommunityCareAct1990"], 8),
        new("School Attendance", "Presenoldeb yn yr Ysgol", "Education", "pupils with persistent absence and their families",
            ["Demographic", "EducationRecords", "ChildDevelopment"], ["EducationAct2002", "ChildrenAct2004"], 4),
        new("Substance Misuse", "Camddefnyddio Sylweddau", "CommunitySafety", "people using drug and alcohol treatment services",
            ["Demographic", "PhysicalHealth", "MentalHealth", "CriminalJustice", "Medication"], ["CrimeAndDisorderAct1998Section115", "NhsWalesAct2006"], 5),
        new("Housing Support", "Cymorth Tai", "Housing", "tenants at risk of losing their home who receive housing related support",
            ["Demographic", "HousingRecords", "Financial", "SocialCare"], ["HousingAct1996", "LocalGovernmentAct2000"], 6),
        new("Early Years", "Blynyddoedd Cynnar", "ChildrenAndFamilies", "families with children under four and their health visitors",
            ["Demographic", "ChildDevelopment", "PhysicalHealth", "SocialCare"], ["ChildrenAct1989", "ChildrenAct2004"], 5),
        new("Frailty and Falls", "Eiddilwch a Chwympiadau", "IntegratedHealthAndSocialCare", "frail and older people at risk of falls living in the community",
            ["Demographic", "PhysicalHealth", "SocialCare", "PersonalCare", "Environmental"], ["NhsWalesAct2006", "NhsAndCommunityCareAct1990"], 6),
        new("Adult Safeguarding", "Diogelu Oedolion", "AdultSafeguarding", "adults at risk of abuse or neglect and the people who care for them",
            ["Demographic", "PhysicalHealth", "MentalHealth", "SocialCare", "Risks", "Relationships"], ["NhsAndCommunityCareAct1990", "DataProtectionAct1998"], 7),
        new("Child Protection", "Amddiffyn Plant", "ChildrenAndFamilies", "children on the child protection register and their families",
            ["Demographic", "ChildDevelopment", "Relationships", "Risks", "SocialCare"], ["ChildrenAct1989", "ChildrenAct2004"], 7),
        new("Carers Support", "Cymorth i Ofalwyr", "IntegratedHealthAndSocialCare", "unpaid carers identified by their general practice",
            ["Demographic", "PhysicalHealth", "SocialCare"], ["NhsWalesAct2006", "LocalGovernmentAct2000"], 4),
        new("Dementia Care", "Gofal Dementia", "IntegratedHealthAndSocialCare", "people living with dementia and their families",
            ["Demographic", "MentalHealth", "PhysicalHealth", "PersonalCare", "Medication"], ["NhsWalesAct2006", "NhsAndCommunityCareAct1990"], 5),
        new("Homelessness Prevention", "Atal Digartrefedd", "Housing", "people threatened with homelessness within 56 days",
            ["Demographic", "HousingRecords", "Financial", "Risks"], ["HousingAct1996"], 5),
        new("Multi-Agency Public Protection", "Diogelu'r Cyhoedd Amlasiantaethol", "PublicProtection", "offenders managed under public protection arrangements",
            ["Demographic", "CriminalJustice", "Risks", "MentalHealth"], ["CriminalJusticeAct2003", "CrimeAndDisorderAct1998Section115"], 4),
        new("Flying Start", "Dechrau'n Deg", "ChildrenAndFamilies", "families in Flying Start areas with children under four, childcare and parenting support",
            ["Demographic", "ChildDevelopment", "PhysicalHealth"], ["ChildrenAct2004"], 3),
        new("Fire Safety Home Visits", "Ymweliadau Diogelwch Tân yn y Cartref", "CommunitySafety", "vulnerable householders offered a home fire safety check",
            ["Demographic", "Environmental", "PhysicalHealth"], ["CrimeAndDisorderAct1998Section115", "LocalGovernmentAct2000"], 3),
        new("Welfare Benefits Advice", "Cyngor ar Fudd-daliadau Lles", "Other", "people referred for welfare benefits and debt advice",
            ["Demographic", "Financial"], ["LocalGovernmentAct2000"], 2),
        new("Learning Disability Services", "Gwasanaethau Anabledd Dysgu", "IntegratedHealthAndSocialCare", "adults with a learning disability and their carers",
            ["Demographic", "PhysicalHealth", "SocialCare", "PersonalCare"], ["NhsAndCommunityCareAct1990"], 3),
        new("Looked After Children Health", "Iechyd Plant sy'n Derbyn Gofal", "ChildrenAndFamilies", "looked after children and care leavers and their health assessments",
            ["Demographic", "PhysicalHealth", "MentalHealth", "ChildDevelopment", "EducationRecords"], ["ChildrenAct1989"], 3),
    ];

    public static readonly string[] Openings =
    [
        "This protocol sets out how partners share information about", "Partners agree to share personal information about",
        "The purpose of sharing is to improve services for", "This agreement supports joint working for",
    ];

    public static readonly string[] Purposes =
    [
        "so that the right service is offered at the first contact", "to reduce risk and prevent harm", "to avoid repeated assessments",
        "to plan care and support together", "to monitor outcomes and improve the service", "to give timely and coordinated support",
    ];

    public static readonly string[] Frequencies =
    [
        "On referral", "Weekly", "Monthly", "Quarterly", "When a risk is identified", "Before each case conference", "On discharge",
        "Minutes after each meeting", "As children turn two",
    ];

    public static readonly string[] Stages = ["Referral", "Assessment", "Allocation", "Intervention", "Review", "Closure"];
    public static readonly string[] Methods = ["Meeting", "SecureEmail", "Telephone", "SystemAccess", "HardCopy"];
    public static readonly string[] AllDataCategories =
    [
        "Demographic", "PhysicalHealth", "MentalHealth", "SocialCare", "Risks", "Environmental", "Financial", "Relationships",
        "Medication", "CriminalJustice", "ChildDevelopment", "EducationRecords", "HousingRecords", "PersonalCare",
    ];
}

internal sealed record Topic(string En, string Cy, string ServiceArea, string People, string[] Data, string[] Gateways, int Weight);
