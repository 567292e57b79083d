package org.diplograph.lexicon;

import java.util.List;

/**
 * A verb pattern of the CAMEO verb dictionary: what must stand before and after the verb for the pattern's code
 * to apply. {@code nextToVerb} is the "_" right after the pre-verb part or right before the post-verb part.
 *
 * @param code   "041", "042:043" (active and passive codes), ":020" (passive only) or "---" (no event)
 * @param origin where the pattern comes from ("patterns.tsv:812"), recorded as the event's provenance
 * @param text   the pattern as written ("* (in {telephone conversation})")
 */
public record VerbPattern(String block, List<Element> pre, boolean preNextToVerb, List<Element> post,
                          boolean postNextToVerb, String code, String origin, String text) {

    public VerbPattern {
        pre = List.copyOf(pre);
        post = List.copyOf(post);
    }

    /** Parses the two parts as the converted table stores them. */
    public static VerbPattern of(String block, String pre, String post, String code, String origin) {
        String p = pre.strip();
        String q = post.strip();
        String text = (p.isEmpty() ? "" : p + " ") + "*" + (q.isEmpty() ? "" : (q.startsWith("_") ? "" : " ") + q);
        return new VerbPattern(block, PatternSyntax.parse(p), p.endsWith("_"), PatternSyntax.parse(q),
                q.startsWith("_"), code, origin, text);
    }
}
