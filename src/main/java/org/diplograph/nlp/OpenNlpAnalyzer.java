package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.NameMatch;
import org.diplograph.model.Sentence;
import org.diplograph.model.Token;

/**
 * Splits an article into sentences, tokens and part-of-speech tags with OpenNLP, and marks gazetteer names.
 * Each line of the body is analysed on its own, so headlines, bylines and list items never run into each other.
 * Not thread-safe: use one analyzer per thread (the models behind it are shared).
 */
public final class OpenNlpAnalyzer {

    private final SentenceDetectorME sentences;
    private final CachingTokenizer tokenizer;
    private final POSTaggerME tagger;
    private final DictionaryTagger names;

    /** Words tagged in one go; see {@link #tag(String[])}. */
    static final int MAX_TAGGED = 400;

    public OpenNlpAnalyzer(DictionaryTagger names) {
        NlpModels models = NlpModels.get();
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new CachingTokenizer(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.names = names;
    }

    public AnalysedArticle analyse(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int pos = article.bodyStart();
        boolean first = true;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            int from = pos;
            if (article.dateline() != null && from <= article.dateline().begin() && article.dateline().begin() < end) {
                from = Math.max(from, article.dateline().end());
            }
            String line = text.substring(from, end);
            if (!line.isBlank()) {
                boolean headline = first && article.headline() != null && line.strip().equals(article.headline());
                for (Span s : joinInitials(line, sentences.sentPosDetect(line))) {
                    Sentence sentence = sentence(out.size(), text, from + s.getStart(), from + s.getEnd(), headline);
                    if (sentence.size() > 0) {
                        out.add(sentence);
                    }
                }
                first = false;
            }
            pos = end + 1;
        }
        return new AnalysedArticle(article, out);
    }

    /** Undoes sentence breaks after a middle initial ("Prime Minister Múte B. | Egede met …"). */
    static List<Span> joinInitials(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && INITIAL_AT_END.matcher(line.substring(last.getStart(), last.getEnd())).find()
                    && Character.isUpperCase(line.codePointAt(s.getStart()))) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern INITIAL_AT_END =
            java.util.regex.Pattern.compile("(?:^|[\\s(])\\p{Lu}\\.$");

    /** Tokens and tags only, for measuring the bare OpenNLP pass. */
    public int tokenCount(String text) {
        int count = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
            tagger.tag(tokens);
            count += tokens.length;
        }
        return count;
    }

    private Sentence sentence(int index, String text, int begin, int end, boolean headline) {
        String covered = text.substring(begin, end);
        Span[] spans = tokenizer.tokenizePos(covered);
        String[] words = Span.spansToStrings(spans, covered);
        String[] tags = tag(words);
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            split(tokens, words[i], tags[i], begin + spans[i].getStart());
        }
        String[] norms = tokens.stream().map(Token::norm).toArray(String[]::new);
        List<NameMatch> found = names.find(norms);
        return new Sentence(index, begin, end, headline, tokens, found, Chunker.chunks(tokens));
    }

    /**
     * The tags of a sentence's words. The tagger's beam search costs time and memory quadratic in the sentence
     * length, so a run-on "sentence" (a file without full stops) is tagged in pieces of {@link #MAX_TAGGED} words;
     * no sentence of the corpus is that long.
     */
    private String[] tag(String[] words) {
        if (words.length <= MAX_TAGGED) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED) {
            int to = Math.min(words.length, from + MAX_TAGGED);
            System.arraycopy(tagger.tag(java.util.Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /** Splits the fused forms the UD tokenizer keeps whole ("China's" PROPN+PART, "didn't" AUX+PART). */
    private static void split(List<Token> tokens, String word, String tag, int begin) {
        int plus = tag.indexOf('+');
        String first = plus > 0 ? tag.substring(0, plus) : tag;
        String second = plus > 0 ? tag.substring(plus + 1) : "PART";
        String plain = word.replace('’', '\'');
        boolean pluralPossessive = plain.endsWith("'") && plain.length() > 3 && Character.isUpperCase(plain.charAt(0));
        int cut = plain.endsWith("n't") ? 3 : plain.endsWith("'s") ? 2 : (plus > 0 || pluralPossessive) && plain.endsWith("'") ? 1 : 0;
        if (cut > 0 && cut < word.length()) {
            int at = word.length() - cut;
            String base = word.substring(0, at);
            boolean proper = Character.isUpperCase(base.codePointAt(0));
            tokens.add(token(base, plus > 0 ? first : proper ? "PROPN" : first, begin));
            tokens.add(token(word.substring(at), second, begin + at));
            return;
        }
        tokens.add(token(word, first, begin));
    }

    private static Token token(String word, String tag, int begin) {
        return new Token(word, TokenNorm.of(word), tag, begin, begin + word.length());
    }
}
