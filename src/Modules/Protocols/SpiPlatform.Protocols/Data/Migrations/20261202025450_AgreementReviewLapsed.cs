using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class AgreementReviewLapsed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewLapsedFor",
                schema: "protocols",
                table: "agreements",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewLapsedFor",
                schema: "protocols",
                table: "agreements");
        }
    }
}
