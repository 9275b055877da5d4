package org.w3id.smartcitykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The smart-city ontology's terms, mirroring {@code ontology/smartcity.ttl} as Jena's {@code SKOS}
 * class mirrors SKOS. A test checks that every constant here is declared there, and the reverse.
 */
public final class SC {
    public static final String NS = "https://w3id.org/smartcity-kg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/smartcity-kg/ontology";
    public static final String DEFAULT_BASE = "https://w3id.org/smartcity-kg/id/";

    private SC() {}

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Core classes (fixed by the contract)
    public static final Resource City = resource("City");
    public static final Resource Project = resource("Project");
    public static final Resource Partner = resource("Partner");
    public static final Resource FundingProgramme = resource("FundingProgramme");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Person = resource("Person");

    // Sub-classes
    public static final Resource Strategy = resource("Strategy");
    public static final Resource CityNetwork = resource("CityNetwork");
    public static final Resource Municipality = resource("Municipality");
    public static final Resource PublicAuthority = resource("PublicAuthority");
    public static final Resource University = resource("University");
    public static final Resource ResearchInstitute = resource("ResearchInstitute");
    public static final Resource Company = resource("Company");
    public static final Resource NonProfit = resource("NonProfit");
    public static final Resource Network = resource("Network");
    public static final Resource Fund = resource("Fund");
    public static final Resource OperationalProgramme = resource("OperationalProgramme");
    public static final Resource FundingCall = resource("FundingCall");
    public static final Resource Conference = resource("Conference");
    public static final Resource Workshop = resource("Workshop");
    public static final Resource ConsortiumMeeting = resource("ConsortiumMeeting");
    public static final Resource StudyVisit = resource("StudyVisit");
    public static final Resource Consultation = resource("Consultation");
    public static final Resource Presentation = resource("Presentation");

    // Documents and evidence
    public static final Resource NewsDocument = resource("NewsDocument");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Rule = resource("Rule");

    // Object properties (contract)
    public static final Property implementedIn = property("implementedIn");
    public static final Property hasPartner = property("hasPartner");
    public static final Property leadPartner = property("leadPartner");
    public static final Property fundedBy = property("fundedBy");
    public static final Property basedIn = property("basedIn");
    public static final Property aboutProject = property("aboutProject");
    public static final Property heldIn = property("heldIn");
    public static final Property participant = property("participant");
    public static final Property affiliation = property("affiliation");

    // Object properties (ours)
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property country = property("country");
    public static final Property partOfProgramme = property("partOfProgramme");
    public static final Property evidence = property("evidence");
    public static final Property evidenceDocument = property("evidenceDocument");
    public static final Property span = property("span");
    public static final Property rule = property("rule");

    // Datatype properties (contract)
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property role = property("role");
    public static final Property countryCode = property("countryCode");

    // Datatype properties (ours)
    public static final Property venue = property("venue");
    public static final Property acronym = property("acronym");
    public static final Property sourceFile = property("sourceFile");
    public static final Property sha256 = property("sha256");
    public static final Property population = property("population");
    public static final Property programmePeriod = property("programmePeriod");
    public static final Property confidence = property("confidence");
    public static final Property recogniser = property("recogniser");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property anchorOf = property("anchorOf");

    /** Every class above, for looking one up by its local name ({@code class=Project} in a query header). */
    public static final java.util.List<Resource> CLASSES = java.util.List.of(City, Project, Partner, FundingProgramme,
            Meeting, Person, Strategy, CityNetwork, Municipality, PublicAuthority, University, ResearchInstitute,
            Company, NonProfit, Network, Fund, OperationalProgramme, FundingCall, Conference, Workshop,
            ConsortiumMeeting, StudyVisit, Consultation, Presentation, NewsDocument, Evidence, Rule);

    public static java.util.Optional<Resource> classNamed(String localName) {
        return CLASSES.stream().filter(c -> c.getLocalName().equals(localName)).findFirst();
    }
}
