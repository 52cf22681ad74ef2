package nl.leercultuur.web.api;

/** The API said no (or did not answer); {@link #problem()} says how. */
public class ApiRefusal extends RuntimeException {

    private final ApiProblem problem;

    public ApiRefusal(ApiProblem problem) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
