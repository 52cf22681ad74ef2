package nl.leercultuur.web.catalogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagingTest {

    @Test
    void pagesAreRoundedUp() {
        assertEquals(4, Paging.of(40, 10, 1).pages());
        assertEquals(5, Paging.of(41, 10, 1).pages());
        assertEquals(1, Paging.of(10, 10, 1).pages());
        assertEquals(1, Paging.of(0, 10, 1).pages(), "an empty result is page 1 of 1");
    }

    @Test
    void theFirstPageHasNoPrevious() {
        Paging p = Paging.of(41, 10, 1);
        assertFalse(p.hasPrevious());
        assertTrue(p.hasNext());
        assertEquals(2, p.next());
        assertEquals(1, p.first());
        assertEquals(10, p.last());
        assertTrue(p.several());
    }

    @Test
    void theLastPageHasNoNextAndShowsWhatIsLeft() {
        Paging p = Paging.of(41, 10, 5);
        assertTrue(p.hasPrevious());
        assertEquals(4, p.previous());
        assertFalse(p.hasNext());
        assertEquals(41, p.first());
        assertEquals(41, p.last());
    }

    @Test
    void aPageAfterTheLastIsRecognised() {
        Paging p = Paging.of(41, 10, 9);
        assertTrue(p.beyondLast());
        assertFalse(p.hasNext());
        assertFalse(p.hasPrevious());
        assertEquals(0, p.first());
        assertFalse(Paging.of(41, 10, 5).beyondLast());
    }

    @Test
    void nothingFoundIsOnePageWithoutAPager() {
        Paging p = Paging.of(0, 10, 1);
        assertFalse(p.several());
        assertFalse(p.hasNext());
        assertFalse(p.hasPrevious());
        assertEquals(0, p.first());
        assertEquals(0, p.last());
    }

    @Test
    void aSizeBelowOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Paging.of(5, 0, 1));
    }
}
