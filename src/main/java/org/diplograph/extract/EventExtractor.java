package org.diplograph.extract;

import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Extraction;

/** Finds the actors and diplomatic events of an analysed article. */
public interface EventExtractor {

    Extraction extract(AnalysedArticle article);
}
