package org.w3id.smartcitykg.corpus;

import java.time.LocalDate;

/** One generated news item: its file name, its manifest row, its text and the plan it was written from. */
public record GeneratedDocument(String fileName, String language, String title, String publisher,
                                LocalDate published, String text, DocumentPlan plan) {}
