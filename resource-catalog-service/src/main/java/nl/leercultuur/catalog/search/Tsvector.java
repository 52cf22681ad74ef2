package nl.leercultuur.catalog.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** PostgreSQL's text form of a tsvector read into lexemes per weight, and those lexemes as a Lucene token stream. */
final class Tsvector {

    private Tsvector() {
    }

    /**
     * The lexemes of {@code 'leerklimat':1A,32C 'ok':2A,10B 'pilot':6B 'x'} by weight A, B, C, D, each as often as it
     * has positions of that weight (a lexeme without positions counts once as D). Quotes inside a lexeme are doubled,
     * other characters may be escaped by a backslash.
     */
    static List<List<String>> lexemesByWeight(String text) {
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) != '\'') {
                i++;
                continue;
            }
            i++;
            StringBuilder lexeme = new StringBuilder();
            while (i < n) {
                char ch = text.charAt(i++);
                if (ch == '\'') {
                    if (i < n && text.charAt(i) == '\'') {
                        lexeme.append('\'');
                        i++;
                        continue;
                    }
                    break;
                }
                if (ch == '\\' && i < n) {
                    ch = text.charAt(i++);
                }
                lexeme.append(ch);
            }
            String l = lexeme.toString();
            if (i < n && text.charAt(i) == ':') {
                i++;
                while (i < n && text.charAt(i) != ' ') {
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    int weight = 3;
                    if (i < n && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') {
                        weight = text.charAt(i) - 'A';
                        i++;
                    }
                    out.get(weight).add(l);
                    if (i < n && text.charAt(i) == ',') {
                        i++;
                    }
                }
            } else {
                out.get(3).add(l);
            }
        }
        return out;
    }

    /** Lexemes already normalised by PostgreSQL, handed to Lucene one token each. */
    static final class Lexemes extends TokenStream {
        private final List<String> lexemes;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<String> next;

        Lexemes(List<String> lexemes) {
            this.lexemes = lexemes;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            next = lexemes.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (next == null || !next.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(next.next());
            return true;
        }
    }
}
