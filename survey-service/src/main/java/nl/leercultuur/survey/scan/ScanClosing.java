package nl.leercultuur.survey.scan;

/**
 * What else happens when a scan closes, in the same transaction, after its status, close time and response count are
 * set: scoring it and announcing survey.scan-completed.v1. Declared here and implemented by the scoring package, which
 * builds on scan: the lifecycle never imports what reacts to it.
 */
public interface ScanClosing {

    void closed(Scan scan);
}
