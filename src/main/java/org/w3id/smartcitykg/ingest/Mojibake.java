package org.w3id.smartcitykg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that went through UTF-8 twice: its bytes were once read as Windows-1252 (or
 * Latin-1) and written out again as UTF-8, so that "Å" shows as "Ã…" and "é" as "Ã©", as copies
 * from web pages often do. Only a run that is exactly the Windows-1252 reading of one valid
 * UTF-8 character is put back, so text written that way on purpose stays as it is.
 */
final class Mojibake {
    /** Windows-1252's characters for the bytes 0x80–0x9F (U+FFFD where it has none). */
    private static final String CP1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    private Mojibake() {
    }

    /** The text with every double-encoded character put back, or the text itself if it has none. */
    static String repair(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = sequenceLength(text.charAt(i));
            if (length == 0 || i + length > text.length()) {
                continue;
            }
            String repaired = decoded(text, i, length);
            if (repaired != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(repaired);
                copied = i + length;
                i += length - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** How many bytes the UTF-8 sequence has whose lead byte reads as this character, or 0. */
    private static int sequenceLength(char c) {
        if (c >= '\u00C2' && c <= '\u00DF') {
            return 2;
        }
        if (c >= '\u00E0' && c <= '\u00EF') {
            return 3;
        }
        return c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
    }

    /** The one character the bytes read as {@code text[at, at + length)} spell in UTF-8, or null. */
    private static String decoded(String text, int at, int length) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) text.charAt(at);
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(at + k));
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.codePoints().count() == 1 ? chars.toString() : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte Windows-1252 (or, for its gaps, Latin-1) writes as this character, or -1. */
    private static int byteOf(char c) {
        if (c >= '\u00A0' && c <= '\u00FF' || c >= '\u0080' && c <= '\u009F') {
            return c;
        }
        int high = CP1252_HIGH.indexOf(c);
        return high >= 0 && c != '\uFFFD' ? 0x80 + high : -1;
    }
}
