package org.w3id.smartcitykg.corpus;

/** A generated person, with the function phrase the document gives them. */
public record Person(String name, boolean female, String role) {}
