package org.w3id.smartcitykg.corpus;

/** A generated organisation: its name, the genitive a function phrase needs, and its city. */
public record Organisation(String name, String genitive, City city, boolean namesCity) {}
