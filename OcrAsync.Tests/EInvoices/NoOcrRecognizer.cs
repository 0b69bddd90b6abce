namespace OcrAsync.Tests.EInvoices;

/// <summary>Fails the test if the pipeline tries to OCR anything: e-invoices are read from their XML.</summary>
internal sealed class NoOcrRecognizer : IPageRecognizer
{
    public Task<OcrPageResult> RecognizeAsync(ReadOnlyMemory<byte> encodedImage, int pageNumber, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Page {pageNumber} was sent to OCR.");
}
