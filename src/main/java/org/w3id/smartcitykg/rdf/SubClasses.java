package org.w3id.smartcitykg.rdf;

import java.util.Set;
import org.w3id.smartcitykg.vocab.SC;

/** The local names of the ontology's sub-classes that extraction can assign. */
final class SubClasses {
    static final Set<String> ALL = Set.of(
            SC.Strategy.getLocalName(), SC.CityNetwork.getLocalName(),
            SC.Municipality.getLocalName(), SC.PublicAuthority.getLocalName(), SC.University.getLocalName(),
            SC.ResearchInstitute.getLocalName(), SC.Company.getLocalName(), SC.NonProfit.getLocalName(),
            SC.Network.getLocalName(), SC.Fund.getLocalName(), SC.OperationalProgramme.getLocalName(),
            SC.FundingCall.getLocalName(), SC.Conference.getLocalName(), SC.Workshop.getLocalName(),
            SC.ConsortiumMeeting.getLocalName(), SC.StudyVisit.getLocalName(), SC.Consultation.getLocalName(),
            SC.Presentation.getLocalName());

    private SubClasses() {}
}
