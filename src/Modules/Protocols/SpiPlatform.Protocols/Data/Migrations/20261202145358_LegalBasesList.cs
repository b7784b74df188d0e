using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class LegalBasesList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "legal_bases",
                schema: "protocols",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameCy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Group = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Repealed = table.Column<bool>(type: "boolean", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_bases", x => x.Code);
                });

            // Seeded here, not with HasData, so every database starts with the list and the programme team then owns it.
            // The statutory gateways keep the enum names agreements already store, so no agreement row is rewritten.
            migrationBuilder.InsertData(
                schema: "protocols",
                table: "legal_bases",
                columns: ["Code", "NameEn", "NameCy", "Group", "Repealed", "SortOrder", "Version"],
                values: WithVersion(Seed));
        }

        private static object[,] WithVersion(object[,] rows)
        {
            var result = new object[rows.GetLength(0), 7];
            for (var i = 0; i < rows.GetLength(0); i++)
            {
                for (var j = 0; j < 6; j++)
                {
                    result[i, j] = rows[i, j];
                }
                result[i, 6] = 1;
            }
            return result;
        }

        private static readonly object[,] Seed =
        {
            { "UkGdprArticle6A", "UK GDPR Article 6(1)(a): consent", "GDPR y DU Erthygl 6(1)(a): cydsyniad", "UkGdprArticle6", false, 10 },
            { "UkGdprArticle6B", "UK GDPR Article 6(1)(b): contract", "GDPR y DU Erthygl 6(1)(b): contract", "UkGdprArticle6", false, 20 },
            { "UkGdprArticle6C", "UK GDPR Article 6(1)(c): legal obligation", "GDPR y DU Erthygl 6(1)(c): rhwymedigaeth gyfreithiol", "UkGdprArticle6", false, 30 },
            { "UkGdprArticle6D", "UK GDPR Article 6(1)(d): vital interests", "GDPR y DU Erthygl 6(1)(d): buddiannau hanfodol", "UkGdprArticle6", false, 40 },
            { "UkGdprArticle6E", "UK GDPR Article 6(1)(e): public task", "GDPR y DU Erthygl 6(1)(e): tasg gyhoeddus", "UkGdprArticle6", false, 50 },
            { "UkGdprArticle6F", "UK GDPR Article 6(1)(f): legitimate interests", "GDPR y DU Erthygl 6(1)(f): buddiannau dilys", "UkGdprArticle6", false, 60 },
            { "UkGdprArticle9A", "UK GDPR Article 9(2)(a): explicit consent", "GDPR y DU Erthygl 9(2)(a): cydsyniad penodol", "UkGdprArticle9", false, 70 },
            { "UkGdprArticle9B", "UK GDPR Article 9(2)(b): employment, social security and social protection law", "GDPR y DU Erthygl 9(2)(b): cyfraith cyflogaeth, nawdd cymdeithasol a diogelwch cymdeithasol", "UkGdprArticle9", false, 80 },
            { "UkGdprArticle9C", "UK GDPR Article 9(2)(c): vital interests", "GDPR y DU Erthygl 9(2)(c): buddiannau hanfodol", "UkGdprArticle9", false, 90 },
            { "UkGdprArticle9D", "UK GDPR Article 9(2)(d): not-for-profit bodies", "GDPR y DU Erthygl 9(2)(d): cyrff nid-er-elw", "UkGdprArticle9", false, 100 },
            { "UkGdprArticle9E", "UK GDPR Article 9(2)(e): made public by the data subject", "GDPR y DU Erthygl 9(2)(e): wedi'u gwneud yn gyhoeddus gan wrthrych y data", "UkGdprArticle9", false, 110 },
            { "UkGdprArticle9F", "UK GDPR Article 9(2)(f): legal claims and judicial acts", "GDPR y DU Erthygl 9(2)(f): hawliadau cyfreithiol a gweithredoedd barnwrol", "UkGdprArticle9", false, 120 },
            { "UkGdprArticle9G", "UK GDPR Article 9(2)(g): reasons of substantial public interest", "GDPR y DU Erthygl 9(2)(g): rhesymau o fudd sylweddol i'r cyhoedd", "UkGdprArticle9", false, 130 },
            { "UkGdprArticle9H", "UK GDPR Article 9(2)(h): health or social care", "GDPR y DU Erthygl 9(2)(h): iechyd neu ofal cymdeithasol", "UkGdprArticle9", false, 140 },
            { "UkGdprArticle9I", "UK GDPR Article 9(2)(i): public health", "GDPR y DU Erthygl 9(2)(i): iechyd y cyhoedd", "UkGdprArticle9", false, 150 },
            { "UkGdprArticle9J", "UK GDPR Article 9(2)(j): archiving, research and statistics", "GDPR y DU Erthygl 9(2)(j): archifo, ymchwil ac ystadegau", "UkGdprArticle9", false, 160 },
            { "Dpa2018Schedule1Paragraph1", "Data Protection Act 2018, Schedule 1, Part 1, paragraph 1: employment, social security and social protection", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 1, paragraff 1: cyflogaeth, nawdd cymdeithasol a diogelwch cymdeithasol", "Dpa2018Schedule1", false, 170 },
            { "Dpa2018Schedule1Paragraph2", "Data Protection Act 2018, Schedule 1, Part 1, paragraph 2: health or social care purposes", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 1, paragraff 2: dibenion iechyd neu ofal cymdeithasol", "Dpa2018Schedule1", false, 180 },
            { "Dpa2018Schedule1Paragraph6", "Data Protection Act 2018, Schedule 1, Part 2, paragraph 6: statutory and government purposes", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 2, paragraff 6: dibenion statudol a llywodraethol", "Dpa2018Schedule1", false, 190 },
            { "Dpa2018Schedule1Paragraph8", "Data Protection Act 2018, Schedule 1, Part 2, paragraph 8: equality of opportunity or treatment", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 2, paragraff 8: cyfle neu driniaeth gyfartal", "Dpa2018Schedule1", false, 200 },
            { "Dpa2018Schedule1Paragraph10", "Data Protection Act 2018, Schedule 1, Part 2, paragraph 10: preventing or detecting unlawful acts", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 2, paragraff 10: atal neu ganfod gweithredoedd anghyfreithlon", "Dpa2018Schedule1", false, 210 },
            { "Dpa2018Schedule1Paragraph18", "Data Protection Act 2018, Schedule 1, Part 2, paragraph 18: safeguarding of children and of individuals at risk", "Deddf Diogelu Data 2018, Atodlen 1, Rhan 2, paragraff 18: diogelu plant ac unigolion sy'n wynebu risg", "Dpa2018Schedule1", false, 220 },
            { "CrimeAndDisorderAct1998Section115", "Crime and Disorder Act 1998, section 115", "Deddf Trosedd ac Anhrefn 1998, adran 115", "StatutoryGateway", false, 230 },
            { "MentalHealthAct2007", "Mental Health Act 1983 (as amended in 2007)", "Deddf Iechyd Meddwl 1983 (fel y'i diwygiwyd yn 2007)", "StatutoryGateway", false, 240 },
            { "ChildrenAct1989", "Children Act 1989", "Deddf Plant 1989", "StatutoryGateway", false, 250 },
            { "ChildrenAct2004", "Children Act 2004", "Deddf Plant 2004", "StatutoryGateway", false, 260 },
            { "NhsWalesAct2006", "National Health Service (Wales) Act 2006", "Deddf y Gwasanaeth Iechyd Gwladol (Cymru) 2006", "StatutoryGateway", false, 270 },
            { "CriminalJusticeAct2003", "Criminal Justice Act 2003 (MAPPA)", "Deddf Cyfiawnder Troseddol 2003 (MAPPA)", "StatutoryGateway", false, 280 },
            { "LocalGovernmentAct2000", "Local Government Act 2000", "Deddf Llywodraeth Leol 2000", "StatutoryGateway", false, 290 },
            { "NhsAndCommunityCareAct1990", "NHS and Community Care Act 1990", "Deddf y GIG a Gofal yn y Gymuned 1990", "StatutoryGateway", false, 300 },
            { "HousingAct1996", "Housing Act 1996", "Deddf Tai 1996", "StatutoryGateway", false, 310 },
            { "EducationAct2002", "Education Act 2002", "Deddf Addysg 2002", "StatutoryGateway", false, 320 },
            { "DataProtectionAct1998", "Data Protection Act 1998", "Deddf Diogelu Data 1998", "StatutoryGateway", true, 330 },
            { "SocialServicesAndWellbeingWalesAct2014", "Social Services and Well-being (Wales) Act 2014", "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014", "WelshStatute", false, 340 },
            { "ViolenceAgainstWomenDomesticAbuseAndSexualViolenceWalesAct2015", "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015", "Deddf Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol (Cymru) 2015", "WelshStatute", false, 350 },
            { "WellbeingOfFutureGenerationsWalesAct2015", "Well-being of Future Generations (Wales) Act 2015", "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015", "WelshStatute", false, 360 },
        };

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "legal_bases",
                schema: "protocols");
        }
    }
}
