package nl.leercultuur.web.networks;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What this web server remembers because the API cannot be asked (see the report's API gaps), bounded and lost on a
 * restart — every page still works without it:
 * <ul>
 *   <li>which participant of a network a signed-in person is (found by asking for personal calendars, which the API
 *       answers only for the person themselves), so that it is not looked up on every page;</li>
 *   <li>which ideas a person voted for (the API refuses a second vote but does not say whether one voted);</li>
 *   <li>which theme votes a network has (the API has no list of them, only each vote by its id).</li>
 * </ul>
 */
@ApplicationScoped
public class Recall {

    static final int MAX = 20_000;

    private final Map<String, UUID> participants = lru();
    private final Map<String, Boolean> votes = lru();
    private final Map<UUID, Set<UUID>> themeVotes = lru();

    private static <K, V> Map<K, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX;
            }
        });
    }

    public Optional<UUID> participant(String subject, UUID networkId) {
        return Optional.ofNullable(participants.get(subject + "|" + networkId));
    }

    public void participant(String subject, UUID networkId, UUID participantId) {
        participants.put(subject + "|" + networkId, participantId);
    }

    public void forgetParticipant(String subject, UUID networkId) {
        participants.remove(subject + "|" + networkId);
    }

    public boolean voted(String subject, UUID ideaId) {
        return votes.containsKey(subject + "|" + ideaId);
    }

    public void voted(String subject, UUID ideaId, boolean voted) {
        if (voted) {
            votes.put(subject + "|" + ideaId, Boolean.TRUE);
        }
    }

    public List<UUID> themeVotes(UUID networkId) {
        Set<UUID> s = themeVotes.get(networkId);
        if (s == null) {
            return List.of();
        }
        synchronized (s) {
            return List.copyOf(s);
        }
    }

    public void themeVote(UUID networkId, UUID voteId) {
        Set<UUID> s = themeVotes.computeIfAbsent(networkId, k -> Collections.synchronizedSet(new LinkedHashSet<>()));
        s.add(voteId);
    }
}
