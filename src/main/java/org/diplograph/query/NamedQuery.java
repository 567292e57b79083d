package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query file: its name, text, and what its opening comment says it answers and which parameters it
 * takes ({@code # Parameters: ?state …}).
 *
 * @param source where the text came from, for messages: the file as the user gave it, or {@code queries/NAME.rq}
 */
public record NamedQuery(String name, String text, String description, List<String> parameters, String source) {

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)");

    /** A bundled query ({@code queries/NAME.rq}). */
    public static NamedQuery parse(String name, String text) {
        return parse(name, "queries/" + name + ".rq", text);
    }

    public static NamedQuery parse(String name, String source, String text) {
        StringBuilder description = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip();
            if (comment.toLowerCase(java.util.Locale.ROOT).startsWith("parameters:")) {
                Matcher m = PARAMETER.matcher(comment);
                while (m.find()) {
                    parameters.add(m.group(1));
                }
            } else if (!comment.startsWith("-") && description.length() == 0 && !comment.isEmpty()) {
                description.append(comment);
            }
        }
        return new NamedQuery(name, text, description.toString(), List.copyOf(parameters), source);
    }
}
