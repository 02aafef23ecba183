package ai.trae.identity.mfa;

import io.nayuki.qrcodegen.QrCode;

/**
 * Renders a QR code as a small standalone SVG: one path of unit squares on a white background, with
 * the four-module quiet zone scanners need. Inline SVG needs no image endpoint and fits the CSP.
 */
final class QrCodeSvg {

  static final int BORDER = 4;

  private QrCodeSvg() {}

  static String render(String text) {
    // medium error correction: the code is shown on a screen, not printed and scuffed
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int extent = qr.size + BORDER * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 %1$d %1$d" \
        shape-rendering="crispEdges" role="img" aria-label="QR code for your authenticator app">
        <rect width="100%%" height="100%%" fill="#ffffff"/>
        <path d="%2$s" fill="#000000"/>
        </svg>
        """
        .formatted(extent, path);
  }
}
