package nl.leercultuur.web.networks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The facilitator's presence list turned into the API's calls. Of those who registered, everyone ticked is PRESENT
 * and everyone else ABSENT (the page says so next to the list); of the other participants only those ticked (they
 * came without registering) are recorded, as PRESENT. Ticks for someone in neither list are ignored.
 */
public final class PresencePlan {

    public record Mark(UUID participantId, String presence) {
    }

    private PresencePlan() {
    }

    public static List<Mark> of(Collection<UUID> registered, Collection<UUID> others, Set<UUID> ticked) {
        List<Mark> marks = new ArrayList<>();
        for (UUID id : registered) {
            marks.add(new Mark(id, ticked.contains(id) ? "PRESENT" : "ABSENT"));
        }
        for (UUID id : others) {
            if (ticked.contains(id) && !registered.contains(id)) {
                marks.add(new Mark(id, "PRESENT"));
            }
        }
        return marks;
    }

    /** Form values that are participant ids; anything else is dropped. */
    public static Set<UUID> ticked(List<String> values) {
        Set<UUID> out = new java.util.LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(UUID.fromString(v.trim()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    // not an id
                }
            }
        }
        return out;
    }
}
