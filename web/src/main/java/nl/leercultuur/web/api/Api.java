package nl.leercultuur.web.api;

/**
 * Runs a call of a generated client and turns its checked {@code ApiException} (one class per document) into an
 * {@link ApiRefusal} carrying the {@link ApiProblem}; pages catch that where they say something specific, and
 * {@code RefusalPages} answers every other refusal with a page of its own.
 */
public final class Api {

    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private Api() {
    }

    public static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (nl.leercultuur.client.survey.ApiException e) {
            throw new ApiRefusal(ApiProblem.of(e));
        } catch (nl.leercultuur.client.network.ApiException e) {
            throw new ApiRefusal(ApiProblem.of(e));
        } catch (nl.leercultuur.client.catalog.ApiException e) {
            throw new ApiRefusal(ApiProblem.of(e));
        } catch (nl.leercultuur.client.analytics.ApiException e) {
            throw new ApiRefusal(ApiProblem.of(e));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
