package nl.leercultuur.network.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Demo data is off unless switched on, and its scripts ship with the service. */
class DemoDataTest {

    @Test
    void offByDefaultItTouchesNoDatabase() {
        assertDoesNotThrow(() -> new DemoData(null, false).load(null));
    }

    @Test
    void theScriptsAreOnTheClassPath() {
        for (String script : DemoData.SCRIPTS) {
            assertNotNull(DemoData.class.getClassLoader().getResource(script), script);
        }
    }
}
