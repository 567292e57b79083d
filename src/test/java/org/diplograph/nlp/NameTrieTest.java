package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.Gazetteer;
import org.diplograph.model.NameMatch;
import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * The token trie stands in for OpenNLP's {@code DictionaryNameFinder} (which the profile showed taking 45 % of the
 * analysis time): for every gazetteer of the lexicon and every sentence of the development articles, both must
 * find exactly the same token ranges.
 */
class NameTrieTest {

    @Test
    void findsWhatOpenNlpsDictionaryNameFinderFinds() throws IOException {
        TokenizerME tokenizer = new TokenizerME(NlpModels.get().tokens);
        SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.get().sentences);
        List<String[]> sentenceTokens = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/devset/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String sentence : sentences.sentDetect(line)) {
                        sentenceTokens.add(DictionaryTagger.normalise(tokenizer.tokenize(sentence)));
                    }
                }
            }
        }
        assertTrue(sentenceTokens.size() > 1000, "enough sentences to compare: " + sentenceTokens.size());

        int compared = 0;
        for (Gazetteer gazetteer : Lexicon.get().gazetteers()) {
            Dictionary dictionary = new Dictionary(gazetteer.caseSensitive());
            NameTrie trie = new NameTrie(gazetteer.type(), gazetteer.caseSensitive());
            for (String name : gazetteer.names().keySet()) {
                String[] tokens = DictionaryTagger.normalise(tokenizer.tokenize(name));
                if (tokens.length > 0) {
                    dictionary.put(new StringList(tokens));
                    trie.put(tokens, name);
                }
            }
            DictionaryNameFinder finder = new DictionaryNameFinder(dictionary, gazetteer.type());
            for (String[] tokens : sentenceTokens) {
                List<String> expected = Arrays.stream(finder.find(tokens)).map(Span::toString).toList();
                List<NameMatch> found = new ArrayList<>();
                trie.find(tokens, found);
                List<String> actual = found.stream()
                        .map(m -> new Span(m.start(), m.end(), gazetteer.type()).toString()).toList();
                assertEquals(expected, actual, gazetteer.type() + " in: " + String.join(" ", tokens));
                compared += expected.size();
            }
        }
        assertTrue(compared > 500, "names found and compared: " + compared);
    }
}
