package nl.leercultuur.web.scans;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.util.Map;

/**
 * A QR code as inline SVG, drawn by ZXing's encoder: one {@code <rect>} per horizontal run of dark modules (small
 * documents, crisp at any print size), a quiet zone of four modules, {@code role="img"} with a {@code <title>}
 * naming what it holds.
 */
final class QrSvg {

    static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The modules of the code for {@code text} (true: dark), without the quiet zone. */
    static boolean[][] modules(String text) {
        try {
            QRCode qr = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteMatrix m = qr.getMatrix();
            boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    out[y][x] = m.get(x, y) == 1;
                }
            }
            return out;
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for this text (" + text.length() + " characters)", e);
        }
    }

    /** The SVG document fragment; {@code title} is escaped. The size follows the surrounding CSS (class "qr"). */
    static String svg(String text, String title) {
        boolean[][] m = modules(text);
        int n = m.length;
        int size = n + 2 * QUIET_ZONE;
        StringBuilder s = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 ")
                .append(size).append(' ').append(size).append("\" shape-rendering=\"crispEdges\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/>")
                .append("<g fill=\"#000\">");
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!m[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && m[y][x]) {
                    x++;
                }
                s.append("<rect x=\"").append(start + QUIET_ZONE).append("\" y=\"").append(y + QUIET_ZONE)
                        .append("\" width=\"").append(x - start).append("\" height=\"1\"/>");
            }
        }
        return s.append("</g></svg>").toString();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
