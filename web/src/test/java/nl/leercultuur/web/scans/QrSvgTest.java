package nl.leercultuur.web.scans;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrSvgTest {

    static final String LINK = "http://localhost:8080/respond?code=K7QW-3MZX-9HTD";
    static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    static final Pattern RUN = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>");

    @Test
    void theDrawingReadsBackAsTheLink() throws Exception {
        String svg = QrSvg.svg(LINK, "QR-code met de link voor code K7QW-3MZX-9HTD");
        assertEquals(LINK, decode(svg));
    }

    @Test
    void aLongerLinkWithOtherCharactersReadsBackToo() throws Exception {
        String link = "https://leercultuur.example.nl/respond?code=ABCD-EFGH-JKLM&lang=en#ëxtra";
        assertEquals(link, decode(QrSvg.svg(link, "x")));
    }

    @Test
    void anAccessibleImageWithAnEscapedTitleAndAQuietZone() {
        String svg = QrSvg.svg(LINK, "Code <A&B> \"x\"");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\""), svg);
        assertTrue(svg.contains("<title>Code &lt;A&amp;B&gt; &quot;x&quot;</title>"), svg);
        assertTrue(svg.endsWith("</svg>"));
        Matcher vb = VIEWBOX.matcher(svg);
        assertTrue(vb.find());
        int size = Integer.parseInt(vb.group(1));
        int modules = QrSvg.modules(LINK).length;
        assertEquals(modules + 2 * QrSvg.QUIET_ZONE, size);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int w = Integer.parseInt(run.group(3));
            assertTrue(x >= QrSvg.QUIET_ZONE && x + w <= size - QrSvg.QUIET_ZONE, "inside the quiet zone: " + run.group());
            assertTrue(y >= QrSvg.QUIET_ZONE && y < size - QrSvg.QUIET_ZONE, "inside the quiet zone: " + run.group());
        }
    }

    @Test
    void runsOfDarkModulesAreOneRectEach() {
        String svg = QrSvg.svg(LINK, "x");
        boolean[][] m = QrSvg.modules(LINK);
        long runs = 0;
        for (boolean[] row : m) {
            for (int x = 0; x < row.length; x++) {
                if (row[x] && (x == 0 || !row[x - 1])) {
                    runs++;
                }
            }
        }
        assertEquals(runs, RUN.matcher(svg).results().count());
        assertFalse(svg.contains("width=\"0\""));
    }

    @Test
    void textTooLongForAQrCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrSvg.modules("x".repeat(5000)));
    }

    /** Paints the SVG's runs onto a bitmap (4 pixels a module) and reads it with ZXing's own reader. */
    static String decode(String svg) throws Exception {
        Matcher vb = VIEWBOX.matcher(svg);
        assertTrue(vb.find());
        int size = Integer.parseInt(vb.group(1));
        int scale = 4;
        int px = size * scale;
        int[] pixels = new int[px * px];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int w = Integer.parseInt(run.group(3));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < w * scale; dx++) {
                    pixels[(y * scale + dy) * px + x * scale + dx] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
        Result r = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8"));
        return r.getText();
    }
}
