package nl.leercultuur.system;

import java.io.IOException;

/** Running a command of the machine from a test. */
final class Commands {

    private Commands() {
    }

    /** Starts {@code command}, waits for it and says whether it exited 0; false when it could not be started. */
    static boolean succeeds(ProcessBuilder command) {
        try {
            return command.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
