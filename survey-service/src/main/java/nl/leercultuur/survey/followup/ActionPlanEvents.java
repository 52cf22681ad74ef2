package nl.leercultuur.survey.followup;

import nl.leercultuur.contracts.events.ActionPlanUpdated;
import nl.leercultuur.survey.followup.FollowUpDtos.Point;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * survey.action-plan-updated.v1 of a plan as it stands: counts only. How many strengths and short- and long-term
 * improvements, how many actions in each status, and per dimension the plan works on — one named by a short- or
 * long-term improvement or by an action — its improvements and its actions by status. Strengths count in the totals
 * but make no dimension "worked on". No text, owner, editor or date of an action goes in.
 */
final class ActionPlanEvents {

    /** What the event says about the scan. */
    record ScanFacts(String scanId, String organisationId, String sector, String region, String instrumentKey) {
    }

    /** An action as the event sees it: its status and its dimensions. */
    record ActionFacts(ActionStatus status, Collection<String> dimensions) {
    }

    private ActionPlanEvents() {
    }

    /**
     * @param dimensionOrder the instrument version's dimension keys, the order of {@code dimensions} in the event
     */
    static ActionPlanUpdated of(ScanFacts scan, List<String> dimensionOrder, LocalDate conversationHeldOn,
                                List<Point> strengths, List<Point> shortTerm, List<Point> longTerm,
                                List<ActionFacts> actions, OffsetDateTime updatedAt) {
        Map<String, int[]> perDimension = new LinkedHashMap<>(); // key -> improvements, planned, doing, done, dropped
        dimensionOrder.forEach(k -> perDimension.put(k, new int[5]));
        for (List<Point> kind : List.of(shortTerm, longTerm)) {
            for (Point p : kind) {
                for (String k : distinct(p.dimensions())) {
                    perDimension.computeIfAbsent(k, x -> new int[5])[0]++;
                }
            }
        }
        int[] byStatus = new int[4]; // planned, doing, done, dropped
        for (ActionFacts a : actions) {
            int slot = slot(a.status());
            byStatus[slot]++;
            for (String k : distinct(a.dimensions())) {
                perDimension.computeIfAbsent(k, x -> new int[5])[1 + slot]++;
            }
        }
        List<ActionPlanUpdated.DimensionWork> dims = new ArrayList<>();
        perDimension.forEach((k, c) -> {
            if (c[0] + c[1] + c[2] + c[3] + c[4] > 0) {
                dims.add(new ActionPlanUpdated.DimensionWork(k, c[0], c[1], c[2], c[3], c[4]));
            }
        });
        return new ActionPlanUpdated(scan.scanId(), scan.organisationId(), scan.sector(), scan.region(),
                scan.instrumentKey(), conversationHeldOn, updatedAt,
                new ActionPlanUpdated.Improvements(strengths.size(), shortTerm.size(), longTerm.size()),
                new ActionPlanUpdated.ActionCounts(byStatus[0], byStatus[1], byStatus[2], byStatus[3]),
                dims);
    }

    private static int slot(ActionStatus s) {
        return switch (s) {
            case PLANNED -> 0;
            case DOING -> 1;
            case DONE -> 2;
            case DROPPED -> 3;
        };
    }

    private static Set<String> distinct(Collection<String> keys) {
        return keys == null ? Set.of() : new LinkedHashSet<>(keys);
    }
}
