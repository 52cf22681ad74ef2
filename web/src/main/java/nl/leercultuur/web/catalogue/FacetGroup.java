package nl.leercultuur.web.catalogue;

import java.util.List;

/**
 * One filter of the search form: a group of checkboxes (several values: kinds) or a select (one value), each option
 * with how many results it would give ({@code counted}: the API counted it; not for the duration, which it does not).
 */
public record FacetGroup(String name, String legend, String any, boolean checkboxes, List<Option> options) {

    public record Option(String value, String label, long count, boolean counted, boolean selected, String id) {
    }

    public String id() {
        return "f-" + name;
    }
}
