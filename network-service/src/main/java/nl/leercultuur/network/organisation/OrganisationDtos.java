package nl.leercultuur.network.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

public final class OrganisationDtos {

    public static final String SECTORS = "hospital|elderly-care|mental-health|disability-care|youth-care|public-health|education|other";
    public static final String SIZES = "small|medium|large";

    private OrganisationDtos() {
    }

    public record OrganisationView(String id, String name, String sector, String region, String sizeClass, boolean active,
                                   OffsetDateTime updatedAt, long version) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.sector, o.region, o.sizeClass, o.active, o.updatedAt, o.lockVersion);
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"id": "maasstad", "name": "Maasstad Ziekenhuis", "sector": "hospital", "region": "Rotterdam-Rijnmond", "sizeClass": "large"}
            """)
    public record CreateOrganisation(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be a slug: lower-case letters, digits and dashes") String id,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = SECTORS, message = "must be one of " + SECTORS) String sector,
            @NotBlank @Size(max = 100) String region,
            @NotBlank @Pattern(regexp = SIZES, message = "must be one of " + SIZES) String sizeClass) {
    }

    /** A full replacement; {@code version} must be the version last read (optimistic locking). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "Maasstad Ziekenhuis", "sector": "hospital", "region": "Rotterdam-Rijnmond", "sizeClass": "large", "active": true, "version": 3}
            """)
    public record UpdateOrganisation(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = SECTORS, message = "must be one of " + SECTORS) String sector,
            @NotBlank @Size(max = 100) String region,
            @NotBlank @Pattern(regexp = SIZES, message = "must be one of " + SIZES) String sizeClass,
            @NotNull Boolean active,
            @NotNull Long version) {
    }

}
