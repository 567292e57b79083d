package org.diplograph.query;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Regular expressions that stop at the query's {@link Deadline}. Java's regex engine backtracks without looking
 * at the clock: {@code REGEX("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "(.*a){20}$")} ran 70 s under a 5 s timeout, and
 * since its arguments are constants it ran while Jena planned the query, before any timeout applied. The query is
 * rewritten so that {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} first run their
 * pattern over the text through a {@link CharSequence} that checks the deadline as it is read; once that pass
 * finishes, Jena's own function gives the answer (the same work again, now known to fit in the time).
 */
final class BoundedRegex {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private BoundedRegex() {
    }

    /** The query with every regular expression bounded. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex || func instanceof E_StrReplace) {
                    return new Bounded((ExprFunctionN) func.copy(args));
                }
                if (func instanceof E_Function f && (FN + "matches").equals(f.getFunctionIRI())
                        && (args.size() == 2 || args.size() == 3)) {
                    return new Bounded(new E_Regex(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : null));
                }
                if (func instanceof E_Function f && (FN + "replace").equals(f.getFunctionIRI())
                        && (args.size() == 3 || args.size() == 4)) {
                    return new Bounded(args.size() == 4 ? new E_StrReplace(args.get(0), args.get(1), args.get(2),
                            args.get(3)) : new E_StrReplace(args.get(0), args.get(1), args.get(2)));
                }
                return super.transform(func, args);
            }
        });
    }

    /** REGEX or REPLACE, with a bounded first pass over the text. */
    private static final class Bounded extends ExprFunctionN {
        private final ExprFunctionN original;

        Bounded(ExprFunctionN original) {
            super(original.getFunctionSymbol().getSymbol(), new ExprList(original.getArgs()));
            this.original = original;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            int flags = original instanceof E_Regex ? 2 : 3;
            if (literal(args.get(0)) && literal(args.get(1))) {
                String text = lexical(args.get(0));
                String flagText = args.size() > flags && literal(args.get(flags)) ? lexical(args.get(flags)) : null;
                Pattern pattern;
                try {
                    pattern = RegexEngine.makePattern(getFunctionSymbol().getSymbol(), lexical(args.get(1)), flagText);
                } catch (RuntimeException e) {
                    return original.eval(args); // Jena reports the bad pattern or flags its own way
                }
                Matcher m = pattern.matcher(new DeadlineChars(text));
                boolean all = original instanceof E_StrReplace;
                while (m.find() && all) {
                    // every match, as REPLACE will find them
                }
            }
            return original.eval(args);
        }

        private static boolean literal(NodeValue v) {
            return v != null && v.asNode().isLiteral();
        }

        private static String lexical(NodeValue v) {
            return v.asNode().getLiteralLexicalForm();
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Bounded((ExprFunctionN) original.copy(newArgs));
        }
    }

    /** Text that checks the deadline every few thousand characters read. */
    private record DeadlineChars(String text, int[] reads) implements CharSequence {
        DeadlineChars(String text) {
            this(text, new int[1]);
        }

        @Override
        public char charAt(int index) {
            if ((++reads[0] & 0xFFF) == 0) {
                Deadline.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineChars(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
