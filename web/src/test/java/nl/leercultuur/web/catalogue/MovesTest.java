package nl.leercultuur.web.catalogue;

import nl.leercultuur.web.catalogue.Moves.Move;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovesTest {

    @Test
    void aCuratorSendsForReviewAndBackToDraftButNeverPublishes() {
        assertEquals(List.of(Move.SUBMIT), Moves.allowed("DRAFT", true, false));
        assertEquals(List.of(Move.BACK_TO_DRAFT), Moves.allowed("IN_REVIEW", true, false));
        assertEquals(List.of(), Moves.allowed("PUBLISHED", true, false));
        assertEquals(List.of(Move.REOPEN), Moves.allowed("ARCHIVED", true, false));
    }

    @Test
    void anAdminMakesEveryMoveOfTheLifecycleForwardFirst() {
        assertEquals(List.of(Move.SUBMIT), Moves.allowed("DRAFT", true, true));
        assertEquals(List.of(Move.PUBLISH, Move.BACK_TO_DRAFT), Moves.allowed("IN_REVIEW", true, true));
        assertEquals(List.of(Move.ARCHIVE), Moves.allowed("PUBLISHED", false, true));
        assertEquals(List.of(Move.REOPEN), Moves.allowed("ARCHIVED", false, true));
    }

    @Test
    void othersAndUnknownStatusesGetNothing() {
        assertEquals(List.of(), Moves.allowed("DRAFT", false, false));
        assertEquals(List.of(), Moves.allowed("GONE", true, true));
    }

    @Test
    void findsTheMoveToATarget() {
        assertEquals(Move.PUBLISH, Moves.find("IN_REVIEW", "PUBLISHED", true, true));
        assertNull(Moves.find("IN_REVIEW", "PUBLISHED", true, false), "not for a curator");
        assertNull(Moves.find("DRAFT", "PUBLISHED", true, true), "the lifecycle has no such move");
    }

    @Test
    void aCuratorIsToldWhatOnlyAnAdminMayDo() {
        assertEquals(List.of(Move.PUBLISH), Moves.forOthers("IN_REVIEW", true, false));
        assertEquals(List.of(Move.ARCHIVE), Moves.forOthers("PUBLISHED", true, false));
        assertEquals(List.of(), Moves.forOthers("IN_REVIEW", true, true));
        assertEquals(List.of(), Moves.forOthers("DRAFT", true, false));
    }

    @Test
    void onlySubmittingAndPublishingAreTheMainAction() {
        for (Move m : Move.values()) {
            assertEquals(m == Move.SUBMIT || m == Move.PUBLISH, m.forward(), m.name());
        }
        assertTrue(Move.PUBLISH.adminOnly && Move.ARCHIVE.adminOnly && !Move.SUBMIT.adminOnly);
    }
}
