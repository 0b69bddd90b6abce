using Microsoft.Win32.SafeHandles;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Owns a <c>TessBaseAPI*</c>.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TessApi.BaseApiDelete(handle);
        return true;
    }
}
