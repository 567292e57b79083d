package org.diplograph.extract.time;

import java.time.LocalDate;

import org.diplograph.model.Modality;
import org.diplograph.model.TimeSpan;

/**
 * What the publication date says about the time of an event that is reported as actual: it cannot have happened
 * after the article was published. A span that reaches past that day ("in March", published on 10 March) ends on
 * it; a span that lies wholly after it names some other time (the planned day of a trip that was called off), so
 * the event is left undated rather than dated wrongly. Planned and hypothetical events keep their time.
 */
public final class ActualTime {

    private ActualTime() {
    }

    public static TimeSpan bound(TimeSpan time, Modality modality, LocalDate published) {
        if (time == null || published == null || modality != Modality.ACTUAL || time.latest() == null
                || !time.latest().isAfter(published)) {
            return time;
        }
        if (time.earliest() != null && time.earliest().isAfter(published)) {
            return null;
        }
        return new TimeSpan(time.earliest(), published, time.expression());
    }
}
