package nl.leercultuur.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.problem.Problem;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which instrument fits my question: the instruments the seeds describe, ranked for a scope, an audience and a length. */
@Path("/api/v1/catalog/instrument-guide")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue")
public class InstrumentGuideResource {

    private final InstrumentGuide guide;

    InstrumentGuideResource(InstrumentGuide guide) {
        this.guide = guide;
    }

    @GET
    @Operation(operationId = "getInstrumentGuide", summary = "Instruments that fit a question, ranked, with why each fits",
            description = "Ranks the published instrument descriptions by how well they fit: the scope (a team or the whole "
                    + "organisation) and the audience (employees or students) weigh 3 each, the length (a quick check or a full "
                    + "measurement) 2, an instrument the platform can run (instrumentKey) 1; between equal scores the instrument made "
                    + "for fewer scopes and audiences (the more specific) comes first. Each suggestion says what it measures, "
                    + "for whom, how long it is, the built-in instrument that follows it and why it fits (or where it does not). "
                    + "Leave a parameter out for no preference. Another value than those listed is 422 naming the parameter.")
    @APIResponse(responseCode = "200", description = "The suggestions, best fit first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstrumentGuide.Answer.class)))
    @APIResponse(responseCode = "422", description = "A scope, audience, length or limit that is not one of the values listed (errors[] names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public InstrumentGuide.Answer guide(
            @QueryParam("scope") @Parameter(description = "team or organisation", schema = @Schema(type = SchemaType.STRING, enumeration = {"team", "organisation"}), example = "team") String scope,
            @QueryParam("audience") @Parameter(description = "employees or students", schema = @Schema(type = SchemaType.STRING, enumeration = {"employees", "students"}), example = "employees") String audience,
            @QueryParam("length") @Parameter(description = "quick or full", schema = @Schema(type = SchemaType.STRING, enumeration = {"quick", "full"}), example = "quick") String length,
            @QueryParam("limit") @Parameter(description = "At most this many suggestions (1-50, default 5)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"), example = "5") String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        InstrumentGuide.Question q = new InstrumentGuide.Question(
                value(InstrumentGuide.Scope.class, "scope", scope, errors),
                value(InstrumentGuide.Audience.class, "audience", audience, errors),
                value(InstrumentGuide.Length.class, "length", length, errors));
        int max = 5;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > 50) {
                errors.add(new Problem.FieldError("limit", "must be a whole number from 1 to 50"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return guide.suggest(q, max);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String raw, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(raw.trim())) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        errors.add(new Problem.FieldError(field, "must be " + String.join(" or ", allowed)));
        return null;
    }
}
