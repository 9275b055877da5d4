package org.w3id.smartcitykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    @TempDir
    Path dir;

    private final TextFileReader reader = new TextFileReader(1024);

    @Test
    void readsUtf8NormalisedAndDigested() throws Exception {
        // "ș" written decomposed (s + combining comma) must come out composed.
        Path f = write("a.txt", "\uFEFFPrimăria s\u0326i Consiliul\r\n".getBytes(StandardCharsets.UTF_8));
        SourceText text = reader.read(f);
        assertEquals("Primăria și Consiliul\n", text.text());
        assertEquals(64, text.sha256().length());
        assertEquals("a", text.key());
    }

    /** Characters encoded twice (UTF-8 read as Windows-1252, written as UTF-8 again) are put back; others stay. */
    @Test
    void charactersEncodedTwiceArePutBack() throws Exception {
        String twice = new String("Ånge, Évora, Gdańsk, Peter’s".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        Path f = write("m.txt", (twice + " | São Paulo, Ærø, naïve").getBytes(StandardCharsets.UTF_8));
        assertEquals("Ånge, Évora, Gdańsk, Peter’s | São Paulo, Ærø, naïve", reader.read(f).text());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertReason(write("empty.txt", new byte[0]), "the file is empty");
    }

    @Test
    void whiteSpaceOnlyIsRefused() throws IOException {
        assertReason(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)), "only white space");
    }

    @Test
    void utf16IsNamedAsSuchNotAsBinary() throws IOException {
        byte[] text = "\uFEFFMiasto".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertReason(write("utf16.txt", text), "UTF-16");
        assertReason(write("utf16be.txt", "\uFEFFMiasto".getBytes(java.nio.charset.StandardCharsets.UTF_16BE)), "save it as UTF-8");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        assertReason(write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), "binary content");
    }

    @Test
    void latin1FileIsRefusedWithTheOffset() throws IOException {
        byte[] latin1 = "Łódź".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cp1250 = "Zażółć gęślą".getBytes(java.nio.charset.Charset.forName("windows-1250"));
        assertReason(write("latin1.txt", latin1), "not valid UTF-8");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(write("cp.txt", cp1250)));
        assertTrue(e.getMessage().contains("offset 2"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.txt");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void hugeFileIsRefused() throws IOException {
        assertReason(write("huge.txt", "x".repeat(2048).getBytes(StandardCharsets.UTF_8)), "over the limit");
    }

    @Test
    void directoryIsRefused() {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(dir));
        assertTrue(e.reason().contains("directory"));
    }

    private void assertReason(Path file, String expected) {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.reason().contains(expected), e.reason());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}
