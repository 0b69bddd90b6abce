using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcrAsync.Core.Data.Migrations
{
    /// <summary>
    /// No insert-triggered autovacuum on the uploads' table and its TOAST table, and no dead-row vacuum of the TOAST table
    /// for the first ~570 uploads' worth of dead chunks: each such pass re-read and re-dirtied the whole TOAST table written
    /// since the last (~1 GB after 3 000 uploads) while uploads committed. See OcrDbContext.
    /// </summary>
    public partial class FileTableNoInsertVacuum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ocr_job_files")
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_threshold", -1)
                .Annotation("Npgsql:StorageParameter:toast.autovacuum_vacuum_insert_threshold", -1)
                .Annotation("Npgsql:StorageParameter:toast.autovacuum_vacuum_threshold", 100000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ocr_job_files")
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_threshold", -1)
                .OldAnnotation("Npgsql:StorageParameter:toast.autovacuum_vacuum_insert_threshold", -1)
                .OldAnnotation("Npgsql:StorageParameter:toast.autovacuum_vacuum_threshold", 100000);
        }
    }
}
