package nl.leercultuur.catalog.resource;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

public final class ResourceDtos {

    private ResourceDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResourceView(UUID id, String kind, String title, String authors, Integer year, String language,
                               Integer durationMinutes, String summary, List<String> themes, List<String> dimensionKeys,
                               List<String> audience, String status, Double rank) {
    }

}
