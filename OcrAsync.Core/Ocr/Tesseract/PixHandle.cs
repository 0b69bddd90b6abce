using Microsoft.Win32.SafeHandles;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Owns a Leptonica <c>PIX*</c>; released with <c>pixDestroy</c>.</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.PixDestroy(ref pix);
        return true;
    }
}
