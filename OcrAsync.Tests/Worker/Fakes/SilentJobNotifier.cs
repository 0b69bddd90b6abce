using OcrAsync.Core.Notifications;

namespace OcrAsync.Tests.Worker.Fakes;

public sealed class SilentJobNotifier : IJobNotifier
{
    public void Queued(OcrJob job) { }

    public void Progress(OcrJob job, int progress, string message) { }

    public void Completed(OcrJob job, InvoiceOcrResult result) { }

    public void Failed(OcrJob job, string errorMessage) { }

    public void Cancelled(OcrJob job) { }
}
