using SpiPlatform.Metrics.Features.CaseStudies;

namespace SpiPlatform.Metrics.DemoData;

/// <summary>One case study as the source document tells it, before it is linked to its agreement's id.</summary>
internal sealed record DemoCaseStudy(
    string Slug, string AgreementReference, CaseStudyText Title, CaseStudyText Area, CaseStudyText Summary,
    CaseStudyText Background, CaseStudyText HowInformationIsShared, CaseStudyText HowTheIspWasDeveloped, CaseStudyText Benefits,
    CaseStudyText[] Partners, CaseStudyText[] KeyMessages, (CaseStudyText Words, CaseStudyText AttributedTo)[] Quotes);

/// <summary>
/// The six case studies of the Formative Evaluation of the Sharing Personal Information Programme and WASPI (SQW for
/// the Welsh Government, 2013), condensed in their own words. The document is in English only: titles, areas and
/// attributions have Welsh; the narrative is shown in English on Welsh pages (ADR 0015). Quotes are attributed by role,
/// as the document does; it names no one.
/// </summary>
internal static class DemoCaseStudies
{
    private static readonly CaseStudyText Consultee = new CaseStudyText { En = "A local consultee" }.Cymraeg("Ymgynghorai lleol");
    private static readonly CaseStudyText Partner = new CaseStudyText { En = "A partner" }.Cymraeg("Un o'r partneriaid");
    private static readonly CaseStudyText Practitioner = new CaseStudyText { En = "A practitioner delivering the programme" }.Cymraeg("Ymarferydd sy'n darparu'r rhaglen");

    private static CaseStudyText T(string english, string? welsh = null) => new() { En = english, Cy = welsh };

    public static readonly IReadOnlyList<DemoCaseStudy> All =
    [
        new(
            "flying-start-torfaen", "ISP-2011-0001",
            T("Flying Start – Torfaen", "Dechrau'n Deg – Torfaen"),
            T("Torfaen"),
            "Practitioners drove the development of their ISP, and it made the multi-agency panel meetings work: they now know what they can share, and share it sooner.",
            """
            Flying Start is the Welsh Government's flagship early years programme, which aims to improve outcomes for children and families in deprived areas. In June 2011 the partners engaged in Flying Start in Torfaen finalised an Information Sharing Protocol (ISP) to improve information sharing and ensure more effective joint working amongst the different organisations.

            The ISP covers personal information about the children, families and carers using the service: health, social and environmental risks, the child's development and demographic information. It is shared to identify service users' needs and to design an appropriate care plan for the child and family or carer.
            """,
            """
            Information is now shared mainly at multi-agency panel meetings. In advance, a list is compiled of children about whom practitioners have raised concerns (for example non-attendance at childcare). Discussing each child lets practitioners identify the support needs of the child and family, agree a multi-agency support plan and review progress against it. Individual cases are discussed only with the signed consent of the parents or carers, obtained on a formal Registration Form when families join Flying Start.

            Outside the panel, the ISP also lets partners share information electronically, for example when making a referral. Different technology systems in each agency remain a challenge: practitioners have to ask the individual agency for information rather than access it directly, which creates some delays.
            """,
            """
            The partners worked closely with the WASPI team. The WASPI Facilitator attended several Flying Start Information Exchange Sessions to explain the Accord and map how services interacted, clarifying what information different agencies required and when it needed to be shared. The Facilitator then drafted the ISP with staff of the partner agencies, circulated it to the wider group for comment, and senior staff in each agency signed it off.

            Actively involving the partners was seen as particularly important: staff bought in from the outset rather than having a process imposed from above, the information flows were easy to implement because the ISP was designed around operational activities, and partners built their knowledge of good practice. Partners also improved the family consent form, and after approval the Facilitator attended panel meetings to monitor how the ISP worked in practice and check compliance. An annual review of parent and carer consent has since been introduced.
            """,
            """
            The development process itself was valuable, bringing practitioners from different agencies together and increasing their understanding of each agency's role. Practitioners drove the process, took ownership of the ISP and were quick to put it into use: good practice in information sharing is now embedded in Flying Start in Torfaen.

            Before the ISP, partners did not know what they could safely share and did not feel confident sharing in an open forum; sharing happened bilaterally and clearance often took a long time. The ISP has increased staff confidence: they are clearer about what they can and cannot share. More information is shared, so a better picture of a family's situation is available — for instance, health visitors can explain a child's non-attendance at childcare so the child does not lose their place.

            Support can now be designed in a structured, co-ordinated way, and the ISP encourages the uptake of services: health can tell childcare providers when local families become eligible for free childcare, so providers can approach them as soon as their child turns two.
            """,
            [
                T("Aneurin Bevan Health Board", "Bwrdd Iechyd Aneurin Bevan"), T("Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Torfaen"),
                T("South Wales Fire and Rescue Service", "Gwasanaeth Tân ac Achub De Cymru"), T("Bron Afon Community Housing", "Tai Cymunedol Bron Afon"),
                T("Benefits Agency"), T("General practices", "Meddygfeydd teulu"), T("Schools and nurseries", "Ysgolion a meithrinfeydd"),
                T("Independent registered childminders", "Gwarchodwyr plant cofrestredig annibynnol"), T("Independent registered playgroups", "Grwpiau chwarae cofrestredig annibynnol"),
            ],
            [
                "The process of developing the ISP was as valuable as the ISP: it improved practitioners' knowledge and understanding of information sharing good practice and encouraged them to improve their own working practices.",
                "The ISP has increased practitioner confidence in sharing information: they are now clear what they can share, and sharing is quicker and more inclusive than before.",
                "Improving information sharing has made the multi-agency panel meetings more effective and allowed more holistic packages of support for children and families.",
            ],
            [
                ("It is one of the most worthwhile things I have been involved with in my role.", Consultee),
                ("WASPI and the ISP has had a huge impact. It was very difficult before, when lots of agencies were working in partnership and didn't know what information could be shared.", Partner),
            ]),
        new(
            "gwent-frailty", "ISP-2011-0002",
            T("Gwent Frailty", "Eiddilwch Gwent"),
            T("Gwent: Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen", "Gwent: Blaenau Gwent, Caerffili, Sir Fynwy, Casnewydd a Thorfaen"),
            "Developing the ISP at the very start let the programme design information sharing into its systems: referrals are allocated faster and health and social care work as one team.",
            """
            Gwent Frailty was set up as a three-year programme, launched in 2011, to deliver integrated health and social care services across Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen. It focuses on preventative care: reducing the time service users spend in hospital and maximising their independence. The need to improve the sharing of personal information between agencies was identified at the outset.

            A formal ISP supplementing the Accord was approved in June 2011. The information exchanged includes demographic information, physical and mental health and well-being, identified risks and personal care, used to assess needs and develop a detailed care plan.
            """,
            """
            Information sharing is integral to the delivery model. Professionals from health or social care refer service users through the Single Point of Access (SPA), a single telephone number; referrals are recorded on a central system and allocated to a member of an integrated Community Resource Team (CRT). Because of the ISP, the CRT Coordinator can check both the health and the social care systems, obtain case history and identify any recorded lone-worker risks before the case is allocated.

            Visits are tracked in real time against the recommended timescales (four hours for a rapid response, 24 hours for re-ablement). During the visit consent to share is sought; staff complete forms with digital pens that upload to the central system, and the service user keeps the paper copy. There have been teething problems with the technology, such as uploads waiting until staff are back in mobile signal range.
            """,
            """
            Before the programme, social care information sat on five local authority systems and health records on a separate Health Board system, with no formal way for one agency to see another's clinical records; referrals risked slipping through the net. A work-stream with health and social care representatives was set up early to look at information sharing, contacted the WASPI support team and decided to develop a formal ISP.

            An ISP Facilitator ran group sessions on information flows and governance; the work-stream mapped what information different partners needed and when, and visited another group the Facilitator worked with to share ideas. The Facilitator drafted the ISP, the team reviewed it, and Local Authority and Health Board committees signed it off. A review after six months found that the partners had adopted the protocols the ISP sets out.
            """,
            """
            Developing the ISP early clarified what the team could and could not share and let it design information sharing processes and infrastructure into the programme from the outset, such as electronic referrals. Some duplication remains where legislation obliges agencies to keep information on their own systems as well.

            Practitioners see service users referred to the relevant professional faster than before, and the electronic referral system saves staff returning to base to collect case information. Lone-worker risks are flagged before visits, improving staff safety. Staff undertake more joint visits and can see needs already identified, avoiding duplicated assessment. The ISP and the wider WASPI framework gave staff confidence, trust in one another and the knowledge that they have permission to share.
            """,
            [
                T("Aneurin Bevan Local Health Board", "Bwrdd Iechyd Lleol Aneurin Bevan"), T("Blaenau Gwent County Borough Council", "Cyngor Bwrdeistref Sirol Blaenau Gwent"),
                T("Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili"), T("Monmouthshire County Council", "Cyngor Sir Fynwy"),
                T("Newport City Council", "Cyngor Dinas Casnewydd"), T("Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Torfaen"),
                T("General medical practices within the Health Board area", "Meddygfeydd teulu yn ardal y Bwrdd Iechyd"),
            ],
            [
                "Having the appropriate IT infrastructure and systems in place is essential for staff to share information effectively in their daily work.",
                "Developing the ISP at a very early stage meant that the learning could inform the design of the programme's infrastructure and systems.",
                "Improving information sharing has led to faster allocation of referrals and encouraged a more holistic approach to the care of service users.",
            ],
            [
                ("Frailty would not have worked without the ISP. It would have taken twice as long to get the local authority and health working closely together ... It definitely broke down barriers between clinicians' teams – we lost the health versus local authority approach that had been in place beforehand.", Consultee),
                ("Almost every client benefits as a result of the ISP. Before, they could see a nurse, who would then refer them to a social worker and this might mean waiting a couple of weeks, then they would be referred to a physio and have to wait another few weeks. Now, they are seen much quicker (the same day as the referral is made) and there is better continuity of care.", Practitioner),
                ("The key facilitator for sharing information has been getting the okay from 'on-high'.", Practitioner),
            ]),
        new(
            "hafan-lles", "ISP-2011-0003",
            T("Hafan Lles Integrated Health and Social Care Service", "Gwasanaeth Iechyd a Gofal Cymdeithasol Integredig Hafan Lles"),
            T("Prestatyn and surrounding areas", "Prestatyn a'r cyffiniau"),
            "Thirty-one organisations developed the ISP of a flagship integrated service; it gave partners, users and observers confidence in the service, though separate systems still mean sharing by hand.",
            """
            The Hafan Lles Integrated Health and Social Care Service was introduced in February 2010, integrating primary health, secondary health and community care services in Prestatyn and surrounding areas. Leads from the partner authorities specified a quality-assured WASPI ISP for sharing information between partners.

            The ISP was developed during 2010/11 and quality assured in July 2011; until then sharing was guided by the principles of WASPI. Coordinated by Betsi Cadwaladr University Local Health Board, it was developed in partnership between thirty-one organisations. It supports individual care plans, with the emphasis on the minimum necessary personal information.
            """,
            """
            Information is exchanged at referral into the Service, allocation for assessment by the Multi-Disciplinary Team (MDT), intervention and discharge, mostly as requests to partner organisations when a case needs it, and at weekly MDT meetings. Methods include face-to-face and telephone discussion between trusted contacts, secure fax and email, and controlled hard copy, using the named fields and forms of the Information Flow Reference Table.

            Sharing is largely manual because the social care PARIS system and the MYRDDIN patient administration system do not interoperate, and the ICT security policies behind that are not expected to change. Co-location of health and social services remains crucial.
            """,
            """
            The ISP was driven by partner leads, each signing up to WASPI; an internal drive from the Caldicott Guardian helped align efforts. Strong buy-in from the Local Authorities and Health Board gave weight when bringing the broader partner group along, and buy-in to the integrated service carried over to the agreement.

            Partners attended WASPI briefings and study days; the Health Board led as ISP Coordinator with an initial briefing and steer from the central WASPI team, whose further support was needed only for quality assurance. The ISP was developed through partner workshops over six months — significant work, but not onerous. Much of the time went on the Information Flow Reference Table, which partners found somewhat over-engineered, though its flow schematics have informed service design elsewhere.
            """,
            """
            The ISP is highly valued and recognised locally as a good-practice solution necessary to make the service work. It secured partners' confidence to share and reassured practitioners about its boundaries, defined a consistent and efficient process, reassured service users, widened participation, lent the service credibility and raised the profile of WASPI.

            Partners believe a bespoke agreement could have been written without WASPI, but it would not have instilled the same confidence and would have demanded more resource. The experience has been reinvested in later ISPs led by the Health Board, whose team has become a local centre of expertise.
            """,
            [
                T("Betsi Cadwaladr University Local Health Board", "Bwrdd Iechyd Lleol Prifysgol Betsi Cadwaladr"), T("Denbighshire County Council", "Cyngor Sir Ddinbych"),
                T("Flintshire County Council", "Cyngor Sir y Fflint"), T("GP practices (8)", "Meddygfeydd teulu (8)"),
                T("Care, nursing and residential homes (11)", "Cartrefi gofal, nyrsio a phreswyl (11)"), T("Wales and West Housing Association", "Cymdeithas Tai Wales & West"),
                T("Clwyd Alyn Housing Association", "Cymdeithas Tai Clwyd Alyn"), T("Care and Repair", "Gofal a Thrwsio"),
                T("British Red Cross (Wales)", "Y Groes Goch Brydeinig (Cymru)"), T("Age Concern – North Wales Central"), T("Vale of Clwyd MIND"),
                T("Crossroads"), T("Marie Curie – North Wales", "Marie Curie – Gogledd Cymru"), T("North East Wales Carers Information Services (NEWCIS)"),
            ],
            [
                "The ISP Coordinator had strong support in the hierarchies of the core partners, which appears to have aided the ISP's development.",
                "The ISP is considered essential to instilling confidence in, and securing buy-in to, a novel flagship multi-agency service: a necessary 'rubber stamp'.",
                "The ISP brings no enhancement to the technology of sharing: restricted system interoperability remains a fundamental obstacle, and co-location of core teams has been essential.",
                "Developing the information flows is a rare opportunity to look at service design end to end, leading to advances in service design for some ISP teams.",
                "The experience of this pioneer ISP has been invested in later ISPs, and the coordinating Health Board team has become a local source of expertise.",
            ],
            []),
        new(
            "cardiff-marac", "ISP-2012-0001",
            T("Multi-Agency Risk Assessment Conference – Cardiff", "Cynhadledd Asesu Risg Amlasiantaethol – Caerdydd"),
            T("Cardiff", "Caerdydd"),
            "A partnership that already shared well used the WASPI process to review its practice: sharing is now more secure and more tightly limited to what is relevant.",
            """
            The Multi-Agency Risk Assessment Conference (MARAC) deals with high-risk cases of domestic abuse. Fortnightly meetings bring professionals from a range of agencies together to assess cases and to identify, manage and reduce the risks to victims.

            The Cardiff MARAC had been running since 2003. In January 2012 it finalised an ISP for all MARAC partners, supplementing the Accord, to make the sharing already taking place more effective: police, probation, health, child protection, housing, the fire service, Independent Domestic Violence Advocates and other statutory and voluntary support providers.
            """,
            """
            Sharing happens mainly at the MARAC meetings, where practitioners discuss individual cases and agree actions to reduce risk. Referrals come from police reports (PPD1 forms) or partner agencies. Before each meeting the MARAC Coordinator sends the list of cases to health agencies to check details against health records, then forwards the confirmed list to every agency attending.

            An Independent Domestic Violence Advocate contacts the victim before and after the meeting. Consent is sought where appropriate, but given the high risk the MARAC is not obliged to secure it before sharing. Records moved from paper to electronic; since agencies cannot access each other's systems, the Coordinator sends fortnightly updates by secure email, which has increased sharing between meetings. Sharing also lets agencies warn one another of risks to staff on home visits.
            """,
            """
            Partners were already guided by good practice procedures, including the All Wales Child Protection procedures, and an agreed protocol was in use; buy-in was good at senior and practitioner level. During a review of that protocol in 2011 the partners decided to use the WASPI process to bring it up to current good practice, and the WASPI support team facilitated a series of meetings for all partners.

            The discussions were in depth: what information was shared and why, how it was gathered from service users, how it was stored and how sharing could be improved. Partners completed a spreadsheet of detailed information flows, and found an external facilitator useful. The WASPI support team produced the ISP document, the members agreed it, and sign-off by senior management in every partner organisation is under way.
            """,
            """
            Given the good practice already in place, the ISP has not led to major operational changes. But it let staff reflect on their practice and confirm it remained fit for purpose, and brought more consistent, tightly defined criteria: since April 2012 the MARAC accepts information from partners only by secure email, and some partners changed their record storage to ensure proper back-up. The process has improved the security of sharing and enhanced operational capacity.

            Reviewing the ISP encouraged staff to think about the level of detail they share and whether it is relevant, and referral forms were revised so that only relevant information is shared.
            """,
            [
                T("South Wales Police", "Heddlu De Cymru"), T("Cardiff and Vale University Local Health Board", "Bwrdd Iechyd Lleol Prifysgol Caerdydd a'r Fro"),
                T("Cardiff County Council (Housing, Education, Adult Services and Children's Services)", "Cyngor Sir Caerdydd (Tai, Addysg, Gwasanaethau Oedolion a Gwasanaethau Plant)"),
                T("Wales Probation Trust", "Ymddiriedolaeth Prawf Cymru"), T("Cardiff Women's Aid", "Cymorth i Fenywod Caerdydd"), T("Safer Wales", "Cymru Ddiogelach"),
                T("Black Association of Women Step Out (BAWSO)"), T("South Wales Fire and Rescue", "Tân ac Achub De Cymru"),
                T("Victim Support (South Wales and Gwent)", "Cymorth i Ddioddefwyr (De Cymru a Gwent)"), T("Barnardo's"),
                T("Wales and West Housing Association", "Cymdeithas Tai Wales & West"), T("Cardiff Community Housing Association", "Cymdeithas Tai Cymunedol Caerdydd"),
                T("Taff Housing Association", "Cymdeithas Tai Taf"), T("Hafod Housing Association", "Cymdeithas Tai Hafod"), T("Cadwyn Housing Association", "Cymdeithas Tai Cadwyn"),
                T("United Welsh Housing Association"), T("Linc Cymru Housing Association", "Cymdeithas Tai Linc Cymru"),
            ],
            [
                "Owing to the sensitive nature of its cases, the Cardiff MARAC has established sharing practices, and its practitioners are well informed about the risks and benefits of sharing personal information.",
                "The ISP development process was an opportunity to review existing practice and find where it could be enhanced, so that only relevant information is shared.",
                "The ISP development process has improved the security of information sharing and enhanced operational capacity.",
            ],
            [
                ("I now feel more confident in turning down requests for non-essential information because I feel supported by the ISP.", Partner),
            ]),
        new(
            "powys-pova", "ISP-2012-0002",
            T("Protection of Vulnerable Adults, Powys", "Diogelu Oedolion Agored i Niwed, Powys"),
            T("Powys, Ceredigion, Carmarthenshire and Pembrokeshire", "Powys, Ceredigion, Sir Gaerfyrddin a Sir Benfro"),
            "Formalising long-standing adult protection sharing took practitioners about 30 hours each over eight to nine months, and improved communication between agencies.",
            """
            The need for an ISP for the Protection of Vulnerable Adults (POVA) in Powys emerged from the All Wales Adult Protection Policy, which called for processes and training so that those working in adult protection understand what information needs to be shared and when.

            The ISP, in its final stages of development, formalises a process that has existed for years. It aims to make practitioners comfortable and confident in sharing relevant information at the right time, so that protection plans are developed sooner and vulnerable people are moved out of dangerous situations more quickly. It covers personal details, clinical information, social history, allegations of abuse and alleged abusers, and household composition; consent is not required where a case meets adult protection criteria or a person lacks capacity.
            """,
            """
            Information is shared throughout the adult protection process — alert, referral, initial evaluation, strategy discussion and meetings, investigation, case conference, review and closure — face to face, by telephone, fax, email and hard copy.

            Before the ISP, the main barrier was a lack of understanding of each other's work and why information was needed; the main enabler, good working relationships. Regional policing lost some local contacts but made responses more consistent. Secure email was a barrier where it was missing or clunky, and the size of the county, the number of organisations and bordering English agencies unaware of WASPI make sharing challenging.
            """,
            """
            In spring and summer 2011 the Information Security Officers of Powys County Council and Hywel Dda Health Board agreed to facilitate jointly, and practitioners were involved from the start; the Senior Nurse for the Protection of Vulnerable Adults became ISP Coordinator. The first meeting, in November/December 2011, explained WASPI and the ISP process and broke the process into stages with the data flow form — a useful fact-finding stage that showed how many organisations were involved.

            Six further meetings, every four to six weeks, filled in the detail of each stage, and the draft went to the central WASPI team for quality assurance in March 2012; partners are now finalising it. The process works well, but is labour intensive for practitioners with demanding jobs: in the region of 30 hours each over an eight to nine month period. Partners suggested approved guidance for facilitators on the legal gateways for sharing.
            """,
            """
            Sharing has become easier and more effective in recent years, for Powys County Council partly because a recent breach and fine by the Information Commissioner's Office heightened caution. The ISP has improved communication between agencies and stopped practitioners being left out of the loop; collaboration within organisations has improved too. Secure email systems have made sharing with the Health Board, private organisations and the police more efficient, and staff are more aware of, and report, mistakes.

            Though the ISP is not yet implemented, developing it has improved information management — practitioners considered exactly what Health Board staff need from the council's social services database, informing access rights — and has prompted organisations to consider what other ISPs they need.
            """,
            [
                T("Ceredigion County Council", "Cyngor Sir Ceredigion"), T("Carmarthenshire County Council", "Cyngor Sir Gâr"),
                T("Pembrokeshire County Council", "Cyngor Sir Penfro"), T("Powys County Council", "Cyngor Sir Powys"),
                T("Hywel Dda Health Board", "Bwrdd Iechyd Hywel Dda"), T("Powys Health Board", "Bwrdd Iechyd Powys"),
                T("Welsh Ambulance Service Trust", "Ymddiriedolaeth Gwasanaeth Ambiwlans Cymru"), T("Dyfed Powys Police", "Heddlu Dyfed-Powys"),
                T("Care and Social Services Inspectorate Wales (CSSIW), where appropriate", "Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru (AGGCC), lle bo'n briodol"),
                T("Healthcare Inspectorate Wales (HIW), where appropriate", "Arolygiaeth Gofal Iechyd Cymru (AGIC), lle bo'n briodol"),
            ],
            [
                "The ISP process has been useful for establishing what processes are actually used and understanding other agencies' roles.",
                "The ISP has led to improved communications and prevented people from being 'left out of the loop'.",
                "The ISP has provided a catalyst for changes to processes and for the development of other ISPs.",
            ],
            [
                ("The ISP facilitators guided the group through the process, clarified confusions and brought back the focus when the group got caught up in the detail.", Consultee),
                ("The recent breach has really concentrated minds with regard to the sharing of personal information.", Consultee),
            ]),
        new(
            "north-caerphilly-public-protection", "ISP-2012-0003",
            T("Public Protection and Mental Health – North Caerphilly", "Diogelu'r Cyhoedd ac Iechyd Meddwl – Gogledd Caerffili"),
            T("North Caerphilly (Bargoed and Rhymney)", "Gogledd Caerffili (Bargod a Rhymni)"),
            "Police, health, probation and the council formalised their sharing on people at risk or posing a risk; partners now ask why they can't share rather than whether they can.",
            """
            The catalyst was a series of homicides in North Caerphilly (the Bargoed and Rhymney area) over five years linked to mental health issues, which showed, through serious case reviews, the need for local services to improve information sharing. Gwent Police and the Mental Health Team of Aneurin Bevan Health Board already shared information on predetermined lists of individuals at diarised meetings, without the formal framework of an ISP.

            The ISP aims to help services in North Caerphilly reduce the risks to the community by safeguarding people and promoting their welfare, alleviating crime and antisocial behaviour, and assisting the proper management of offenders in the community. It covers demographic information, safety risks, environmental risks, antecedent history, physical and mental health, medication and relationships.
            """,
            """
            Information on individuals is shared at quarterly and ad hoc or emergency meetings about people at risk or posing a risk, through casework files released on a police information request form (P1), meeting minutes and telephone discussions between practitioners. Partners identify people by name, address, date of birth and sex; aliases are now recorded and shared as they become known.

            Consent is not required: information is shared under statutory gateways including the Crime and Disorder Act 1998 s115, the Data Protection Act 1998 s29 and the Mental Health Act 2007. Data protection was first seen as a barrier by the police, but the ISP clarified that they could legally share a wide range of information. The arrangements are now planned to be adopted across the whole of Caerphilly.
            """,
            """
            In 2009 the Clinical Team Leader of the Mental Health Team in Caerphilly, who became ISP Co-ordinator and worked closely with Gwent Police's Crime and Disorder Reduction Officer, asked an Information Governance Officer at the Health Board about formalising the existing sharing. The Mental Health Team and Gwent Police led the development over two months, in several meetings with the Probation Service, Community Safety and the council's housing tenancy team.

            The ISP Facilitator introduced the Accord and the purpose of ISPs, then the meetings produced a flow diagram of the process — referral, assessment, allocation, intervention and review, and closure — from which the Facilitator completed the ISP. The Health Board's Caldicott Guardian and Gwent Police's Chief Inspector have signed it off; it awaits formal sign-off from the central WASPI team.
            """,
            """
            Sharing has become easier: senior buy-in to safe and legal sharing has improved in the police, council, Health Board and Probation Trust, and there is now a desire rather than a reticence to share, with a realisation that far more gets done in partnership. Sharing has become more effective: inappropriate sharing has reduced, more is shared without fear of breaching the Data Protection Act, and the Community Safety Partnership is better able to deliver.

            Partners report improved outcomes: less offending and reoffending, appropriate care of service users in potential criminal situations, fewer unscheduled hospital admissions, people able to stay at home, and safer communities. The ISP acts as a service improver, locking in improvements that would otherwise slip back after a serious case review.
            """,
            [
                T("Aneurin Bevan Local Health Board", "Bwrdd Iechyd Lleol Aneurin Bevan"), T("Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili"),
                T("Wales Probation Trust", "Ymddiriedolaeth Prawf Cymru"), T("Gwent Police", "Heddlu Gwent"),
            ],
            [
                "The process itself has been very valuable, giving practitioners an awareness of how much information they can legally share and the confidence to share it.",
                "The ISP is a facilitator for early intervention, reducing the likelihood of escalation to serious offences that are more difficult and costly for everyone to deal with.",
            ],
            [
                ("Now we ask why can't we share, rather than can we share?", Consultee),
                ("The ISP has provided practitioners with the confidence to share and the realisation of what they can and can't do.", Consultee),
            ]),
    ];
}
