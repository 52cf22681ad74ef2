package nl.leercultuur.platform.openapi;

import nl.leercultuur.platform.api.EntityTags;
import nl.leercultuur.platform.problem.ProblemContract;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The filter every service's OpenAPI document goes through ({@code mp.openapi.filter}): the error answers as
 * problem+json ({@link ProblemContract}), then the ETag header of the answers that carry a lock version
 * ({@link EntityTags#document}).
 */
public class ContractFilter implements OASFilter {

    private final ProblemContract problems = new ProblemContract();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        problems.filterOpenAPI(api);
        EntityTags.document(api);
    }
}
