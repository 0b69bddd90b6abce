using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcrAsync.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CorrectionsAndTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionsJson",
                table: "ocr_jobs",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ocr_job_pages",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    PagesJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ocr_job_pages", x => x.JobId);
                    table.ForeignKey(
                        name: "FK_ocr_job_pages_ocr_jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ocr_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OcrJobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ErrorMessage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_jobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_jobs_ocr_jobs_OcrJobId",
                        column: x => x.OcrJobId,
                        principalTable: "ocr_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_jobs_OcrJobId",
                table: "training_jobs",
                column: "OcrJobId");

            migrationBuilder.CreateIndex(
                name: "IX_training_jobs_undispatched",
                table: "training_jobs",
                column: "CreatedAt",
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_training_jobs_UserId_CreatedAt",
                table: "training_jobs",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ocr_job_pages");

            migrationBuilder.DropTable(
                name: "training_jobs");

            migrationBuilder.DropColumn(
                name: "CorrectionsJson",
                table: "ocr_jobs");
        }
    }
}
