package nl.leercultuur.catalog.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the catalogue needs of a registry organisation: that it exists, its name and its sector. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationInfo(String id, String name, String sector, boolean active) {
}
