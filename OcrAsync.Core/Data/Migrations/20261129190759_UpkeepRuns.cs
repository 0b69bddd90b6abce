using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcrAsync.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class UpkeepRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "upkeep_runs",
                columns: table => new
                {
                    Schedule = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRemoved = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_upkeep_runs", x => x.Schedule);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "upkeep_runs");
        }
    }
}
