package org.w3id.smartcitykg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one generated document says, before it is written: the facts a converter should find in
 * its text. {@code partners} excludes the lead; the host may be the lead.
 */
public record DocumentPlan(String language, City city, LocalDate meetingStart, LocalDate meetingEnd,
                           LocalDate published, Project project, Organisation host, Organisation lead,
                           List<Organisation> partners, List<Person> people, String programme, long amount,
                           int endYear) {

    /** Every organisation the text names, host and lead first, each once. */
    public List<Organisation> organisations() {
        List<Organisation> all = new ArrayList<>();
        all.add(host);
        if (!lead.equals(host)) {
            all.add(lead);
        }
        all.addAll(partners);
        return all;
    }

    /** Every city the text names: the meeting's and the partners'. */
    public List<City> cities() {
        List<City> all = new ArrayList<>();
        all.add(city);
        organisations().forEach(o -> all.add(o.city()));
        return all;
    }
}
