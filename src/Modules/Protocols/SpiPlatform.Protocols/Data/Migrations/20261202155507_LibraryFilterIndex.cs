using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <summary>
    /// A service area filter (alone or with words) walks that area's agreements newest first, instead of every
    /// agreement until a thousand of the area turn up (ADR 0022).
    /// </summary>
    internal partial class LibraryFilterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX ix_agreements_service_area_updated ON protocols.agreements ("ServiceArea", "UpdatedAt");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX protocols.ix_agreements_service_area_updated;");
        }
    }
}
