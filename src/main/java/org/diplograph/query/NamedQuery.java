package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query file: its name, text, and what its opening comment says it answers and which parameters it
 * takes. Bundled queries declare one parameter per line ({@code #   ?state  state  a state taking part …});
 * the older inline form ({@code # Parameters: ?state, ?from …}) declares text parameters.
 *
 * @param source where the text came from, for messages: the file as the user gave it, or {@code queries/NAME.rq}
 */
public record NamedQuery(String name, String text, String description, List<Parameter> parameters, String source) {

    private static final Pattern VARIABLE = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DECLARATION = Pattern.compile("^\\?([A-Za-z_][A-Za-z0-9_]*)\\s+([a-z]+)\\s+(.*)$");

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** A bundled query ({@code queries/NAME.rq}). */
    public static NamedQuery parse(String name, String text) {
        return parse(name, "queries/" + name + ".rq", text);
    }

    public static NamedQuery parse(String name, String source, String text) {
        StringBuilder description = new StringBuilder();
        List<Parameter> parameters = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip();
            Matcher declared = DECLARATION.matcher(comment);
            if (declared.matches() && Parameter.Type.named(declared.group(2)) != null) {
                parameters.add(new Parameter(declared.group(1), Parameter.Type.named(declared.group(2)),
                        declared.group(3).strip()));
            } else if (comment.toLowerCase(Locale.ROOT).startsWith("parameters:")) {
                Matcher m = VARIABLE.matcher(comment);
                while (m.find()) {
                    parameters.add(new Parameter(m.group(1), Parameter.Type.TEXT, comment));
                }
            } else if (!comment.startsWith("-") && description.length() == 0 && !comment.isEmpty()) {
                description.append(comment);
            }
        }
        return new NamedQuery(name, text, description.toString(), parameters, source);
    }

    /** The declared parameter of that name, or null. */
    public Parameter parameter(String variable) {
        return parameters.stream().filter(p -> p.name().equals(variable)).findFirst().orElse(null);
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** The comment lines the file opens with (what it answers, its parameters and columns). */
    public String header() {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
