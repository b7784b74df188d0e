using Microsoft.EntityFrameworkCore.Migrations;
using SpiPlatform.Protocols.DemoData;
using SpiPlatform.Signatories.Contracts;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class PartnerMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Members",
                schema: "protocols",
                table: "agreement_partners",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // A database seeded before this column: the demo's group entries get their sizes (fresh ones are seeded with them).
            foreach (var group in new[] { "Prestatyn GP Practices (8 practices)", "Prestatyn Care Homes (11 homes)" })
            {
                migrationBuilder.Sql(
                    $"UPDATE protocols.agreement_partners SET \"Members\" = {DemoPartnerGroups.MembersOf(group)} WHERE \"OrganisationId\" = '{DemoOrganisationIds.Of(group)}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Members",
                schema: "protocols",
                table: "agreement_partners");
        }
    }
}
