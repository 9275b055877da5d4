package org.w3id.smartcitykg.corpus;

/** A gazetteer place as one language writes it. */
public record City(long geonameId, String name, String countryCode, long population) {}
