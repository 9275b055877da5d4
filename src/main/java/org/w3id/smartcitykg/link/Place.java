package org.w3id.smartcitykg.link;

import java.util.List;

/** A populated place of the GeoNames cities500 table. */
public record Place(
        long geonameId,
        String name,
        String asciiName,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population) {

    public String geonamesIri() {
        return "https://sws.geonames.org/" + geonameId + "/";
    }
}
