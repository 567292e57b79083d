package org.diplograph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells articles that are not in English, so that they are skipped instead of read with English models.
 * <p>
 * Only text of at least {@link #MIN_WORDS} words is judged, and only its first {@link #SAMPLE} characters. Most
 * English text is recognised at once by its share of English function words ("the", "of", "and", …), which costs
 * a few microseconds; only text with a share below {@link #ENGLISH_SHARE} goes to OpenNLP's language detector
 * ({@code langdetect-183.bin}, 103 languages), which decides. That model takes about half a second to load, so it
 * is loaded on first need, once per process. Thread-safe.
 */
public final class LanguageCheck {

    /** Fewer words than this are not judged: too little evidence. */
    public static final int MIN_WORDS = 40;
    /** Characters of the text that are looked at. */
    public static final int SAMPLE = 3000;
    /** Share of function words above which text is taken as English without asking the detector. */
    public static final double ENGLISH_SHARE = 0.12;

    static final String MODEL = "/langdetect-183.bin";
    private static final Set<String> FUNCTION_WORDS = words("/nlp/english-function-words.txt");
    private static volatile LanguageDetectorModel model;

    /** A language the detector named: ISO 639-3 code ("deu") and its confidence. */
    public record Verdict(String language, double confidence) {
        public boolean english() {
            return language.equals("eng");
        }
    }

    /** The language of {@code text} when it is judged not to be English; null when English or too short to judge. */
    public Verdict foreign(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int[] counts = count(sample);
        if (counts[0] < MIN_WORDS || (double) counts[1] / counts[0] >= ENGLISH_SHARE) {
            return null;
        }
        Verdict v = detect(sample);
        return v.english() ? null : v;
    }

    /** What OpenNLP's detector says, without the function-word shortcut. */
    public Verdict detect(String text) {
        Language best = new LanguageDetectorME(model()).predictLanguage(text);
        return new Verdict(best.getLang(), best.getConfidence());
    }

    /** The share of English function words among the words of {@code text} (0 when it has no words). */
    public static double englishShare(String text) {
        int[] counts = count(text);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** {words, function words}; a word is a run of letters (and apostrophes inside it). */
    private static int[] count(String text) {
        int words = 0;
        int function = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= 7 && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    function++;
                }
            }
        }
        return new int[] {words, function};
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageCheck.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = LanguageCheck.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the class path");
                        }
                        m = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load OpenNLP model " + MODEL, e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = LanguageCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
