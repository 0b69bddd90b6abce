using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcrAsync.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CancellationRetriesBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BatchId",
                table: "ocr_jobs",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelRequestedAt",
                table: "ocr_jobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "ocr_jobs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ocr_jobs",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "ocr_jobs",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ocr_jobs_BatchId",
                table: "ocr_jobs",
                column: "BatchId",
                filter: "\"BatchId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ocr_jobs_UserId_IdempotencyKey",
                table: "ocr_jobs",
                columns: new[] { "UserId", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ocr_jobs_BatchId",
                table: "ocr_jobs");

            migrationBuilder.DropIndex(
                name: "IX_ocr_jobs_UserId_IdempotencyKey",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "CancelRequestedAt",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ocr_jobs");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "ocr_jobs");
        }
    }
}
