using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class FlowLegalBases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "LegalBases",
                schema: "protocols",
                table: "flows",
                type: "text[]",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LegalBases",
                schema: "protocols",
                table: "flows");
        }
    }
}
