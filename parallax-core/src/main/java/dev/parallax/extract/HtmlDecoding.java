package dev.parallax.extract;

import dev.parallax.text.TextDecoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the bytes of a web page into text, choosing the charset from BOM, HTTP header or {@code <meta>}. */
public final class HtmlDecoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoding() {}

    /** Decodes page bytes; {@code headerCharset} is the charset named by an HTTP header, or null. */
    public static String decode(byte[] bytes, String headerCharset) throws TextDecoding.NotTextException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        TextDecoding.rejectBinary(bytes);
        if (TextDecoding.hasUtf8Bom(bytes)) return TextDecoding.decode(bytes, 3, StandardCharsets.UTF_8);
        Charset declared = charset(headerCharset);
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) declared = charset(m.group(1));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        try {
            return TextDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
        } catch (TextDecoding.NotTextException e) {
            // Pages that claim UTF-8 (or nothing) but are not: windows-1252 is what browsers fall back to.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
