package nl.leercultuur.network.networks;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class NetworkDtos {

    /** An organisation id in the registry. */
    public static final String ORG = "[a-z0-9][a-z0-9-]{1,62}";

    private NetworkDtos() {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "Lerend netwerk Leercultuur 2027", "theme": "leren in de praktijk", "description": "Zes bijeenkomsten over leren op de werkvloer.",
             "region": "Rotterdam-Rijnmond", "startsOn": "2027-02-01", "endsOn": "2027-12-15", "memberOrganisations": ["laurens", "ikazia"]}
            """)
    public record CreateNetwork(@NotBlank @Size(max = 200) String name, @Size(max = 200) String theme,
                                @Size(max = 4000) String description, @NotBlank @Size(max = 100) String region,
                                LocalDate startsOn, LocalDate endsOn,
                                @Size(max = 50) List<@NotNull @Pattern(regexp = ORG, message = "must be an organisation id") String> memberOrganisations,
                                @Size(max = 10) List<@NotBlank String> facilitators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NetworkView(UUID id, String name, String theme, String description, String region, LocalDate startsOn,
                              LocalDate endsOn, String methodology, String status, List<String> facilitators,
                              List<String> memberOrganisations, long version) {
        static NetworkView of(Network n) {
            return new NetworkView(n.id, n.name, n.theme, n.description, n.region, n.startsOn, n.endsOn, n.methodology,
                    n.status.name(), List.of(n.facilitators), List.of(n.memberOrganisations), n.lockVersion);
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"status": "RUNNING"}
            """)
    public record StatusChange(@NotNull Network.Status status) {
    }
}
