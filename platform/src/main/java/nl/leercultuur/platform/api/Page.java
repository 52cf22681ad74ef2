package nl.leercultuur.platform.api;

import java.util.List;

/** One page of a list answer: the items, the page asked for (0-based), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
