package nl.leercultuur.web.networks;

/**
 * What an idea's vote control shows. The API takes one vote per participant per idea and says for each idea whether
 * the caller voted for it ({@code votedByMe}); a vote the API refused as already cast shows as given too.
 */
public enum VoteState {
    /** A participant who has not voted for it: a button. */
    CAN_VOTE,
    /** This participant's vote is counted: said in words, no button. */
    VOTED,
    /** Not a participant of the network (a facilitator, an org-manager): the count only. */
    NOT_ALLOWED;

    public static VoteState of(boolean participant, boolean votedByMe) {
        if (!participant) {
            return NOT_ALLOWED;
        }
        return votedByMe ? VOTED : CAN_VOTE;
    }

    /** After sending a vote: answered (200) or refused as a second vote (409 already-voted), it counts either way. */
    public static VoteState afterVote(int status, String problemType) {
        if (status / 100 == 2 || (status == 409 && "already-voted".equals(problemType))) {
            return VOTED;
        }
        return CAN_VOTE;
    }

    public boolean canVote() {
        return this == CAN_VOTE;
    }

    public boolean voted() {
        return this == VOTED;
    }
}
