using System.Net;
using Microsoft.AspNetCore.Components;
using QRCoder;

namespace Enforcement.Api.Cards.Pages;

/// <summary>
/// The card's QR code as inline SVG. QRCoder's viewBox mode sizes nothing itself (cards.css does) and colours
/// modules with fill attributes, never style="", so the strict Content-Security-Policy holds; Svg() checks that.
/// </summary>
public static class CardQr
{
    public static MarkupString Svg(string url)
    {
        using var data = new QRCodeGenerator().CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(0, 0), "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        if (svg.Contains("style=", StringComparison.OrdinalIgnoreCase) || !svg.StartsWith("<svg ", StringComparison.Ordinal))
            throw new InvalidOperationException("QRCoder's SVG changed shape (inline style or no leading <svg>); the CSP would block it.");
        var label = WebUtility.HtmlEncode($"二维码，指向 {url}");
        return new MarkupString($"<svg class=\"card-qr-code\" role=\"img\" aria-label=\"{label}\" " + svg["<svg ".Length..]);
    }
}
