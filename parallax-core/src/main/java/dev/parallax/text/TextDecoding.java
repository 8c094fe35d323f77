package dev.parallax.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict byte-to-text decoding with errors that say what is wrong and where. */
public final class TextDecoding {

    private TextDecoding() {}

    /** Why some bytes are not acceptable text. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    /** Decodes UTF-8 (dropping a BOM), rejecting binary data and invalid sequences with the byte offset. */
    public static String utf8(byte[] bytes) throws NotTextException {
        rejectBinary(bytes);
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        return decode(bytes, offset, StandardCharsets.UTF_8);
    }

    /** Decodes with the given charset, strictly. */
    public static String decode(byte[] bytes, int offset, Charset charset) throws NotTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new NotTextException("invalid " + charset.name() + " at byte " + (in.position() + offset));
        } catch (CharacterCodingException e) {
            throw new NotTextException("cannot decode as " + charset.name() + ": " + e.getMessage());
        }
    }

    public static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /**
     * Rejects data that is not text: NUL bytes or a high share of control characters in the first 8 KiB.
     * UTF-16 with a BOM is not accepted here either; callers that support it decode it first.
     */
    public static void rejectBinary(byte[] bytes) throws NotTextException {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new NotTextException("binary data (NUL byte at offset " + i + "), not text");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (n > 0 && control * 10 > n) {
            throw new NotTextException("binary data (" + control + " control bytes in the first " + n + "), not text");
        }
    }
}
