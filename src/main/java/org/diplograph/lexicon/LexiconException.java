package org.diplograph.lexicon;

/**
 * A lexicon file that cannot be read as the extractor needs it. The message is {@code <file>:<line>: <reason>}, so
 * that the start of the program names the row to fix.
 */
public final class LexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public LexiconException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The file, as its source names it ("lexicon/triggers.tsv"). */
    public String file() {
        return file;
    }

    /** The line, counting from 1. */
    public int line() {
        return line;
    }
}
