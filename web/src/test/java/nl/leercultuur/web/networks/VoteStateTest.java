package nl.leercultuur.web.networks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoteStateTest {

    @Test
    void onlyParticipantsGetTheButton() {
        assertEquals(VoteState.NOT_ALLOWED, VoteState.of(false, false));
        assertEquals(VoteState.NOT_ALLOWED, VoteState.of(false, true));
        assertEquals(VoteState.CAN_VOTE, VoteState.of(true, false));
        assertEquals(VoteState.VOTED, VoteState.of(true, true));
        assertTrue(VoteState.CAN_VOTE.canVote());
        assertFalse(VoteState.VOTED.canVote());
        assertTrue(VoteState.VOTED.voted());
    }

    @Test
    void aCountedVoteOrASecondOneRefusedBothShowAsGiven() {
        assertEquals(VoteState.VOTED, VoteState.afterVote(200, ""));
        assertEquals(VoteState.VOTED, VoteState.afterVote(409, "already-voted"));
        assertEquals(VoteState.CAN_VOTE, VoteState.afterVote(409, "something-else"));
        assertEquals(VoteState.CAN_VOTE, VoteState.afterVote(403, "forbidden"));
    }
}
