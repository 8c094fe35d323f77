package dev.parallax.corpus;

import java.util.List;

/** A real-world event placed on the calendar, merged across every source that reports it. */
public record TimelineEvent(String id, String date, String until, String title, String trigger,
                            List<String> entities, String place, List<Evidence> evidence, int sources) {

    public TimelineEvent {
        entities = List.copyOf(entities);
        evidence = List.copyOf(evidence);
    }
}
