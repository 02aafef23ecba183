package ai.trae.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrCodeSvgTests {

  private static final String URI =
      TotpService.otpauthUri("ana@example.com", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

  @Test
  void isWellFormedSvgSizedForTheUriWithAQuietZone() throws Exception {
    String svg = QrCodeSvg.render(URI);

    Document document = parse(svg);
    Element root = document.getDocumentElement();
    QrCode expected = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);
    int extent = expected.size + 2 * QrCodeSvg.BORDER;

    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + extent + " " + extent);
    assertThat(root.getAttribute("aria-label")).isNotBlank();
    assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
  }

  @Test
  void drawsExactlyTheDarkModulesOfTheUrisQrCode() throws Exception {
    QrCode expected = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);
    int dark = 0;
    for (int y = 0; y < expected.size; y++) {
      for (int x = 0; x < expected.size; x++) {
        dark += expected.getModule(x, y) ? 1 : 0;
      }
    }

    Element path =
        (Element) parse(QrCodeSvg.render(URI)).getElementsByTagNameNS("*", "path").item(0);
    String d = path.getAttribute("d");

    assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(dark);
    // the top-left finder pattern starts at the quiet zone's edge
    assertThat(d).startsWith("M4,4h1v1h-1z");
  }

  @Test
  void otpauthUriFollowsTheKeyUriFormat() {
    assertThat(URI)
        .isEqualTo(
            "otpauth://totp/TRAE:ana@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                + "&issuer=TRAE&algorithm=SHA1&digits=6&period=30");
    assertThat(TotpService.otpauthUri("a b/c@x", "S"))
        .startsWith("otpauth://totp/TRAE:a%20b%2Fc@x?");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
