using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcrAsync.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "ocr_jobs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReusedFromId",
                table: "ocr_jobs",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ocr_jobs_UserId_ContentHash",
                table: "ocr_jobs",
                columns: new[] { "UserId", "ContentHash" },
                filter: "\"ContentHash\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ocr_jobs_UserId_ContentHash",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "ReusedFromId",
                table: "ocr_jobs");
        }
    }
}
