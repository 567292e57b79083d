package org.diplograph.evaluate;

import java.time.LocalDate;
import java.util.Set;

/**
 * One event of a gold file (see docs/gold-format.md).
 *
 * @param states participating states (ISO alpha-3) and organisations (short codes)
 * @param agent  the acting side's states, empty when the direction is unknown
 */
public record GoldEvent(String type, String cameo, Set<String> states, Set<String> agent, LocalDate date,
                        LocalDate earliest, LocalDate latest, boolean negated, String modality, String evidence) {

    public boolean affirmedAndActual() {
        return !negated && "actual".equals(modality);
    }
}
