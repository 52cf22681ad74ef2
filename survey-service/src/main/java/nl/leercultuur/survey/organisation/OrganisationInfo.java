package nl.leercultuur.survey.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a scan keeps of an organisation: enough to benchmark by sector and region without calling back. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationInfo(String id, String name, String sector, String region, boolean active) {
}
