package org.diplograph.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One line of a gold file: an article and its annotated events.
 *
 * @param exhaustive event types annotated completely in this article; precision counts only these
 */
public record GoldArticle(String article, LocalDate date, Set<String> exhaustive, List<GoldEvent> events, int line) {
}
