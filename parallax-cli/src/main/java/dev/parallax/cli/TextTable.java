package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminal views: columns padded to their widest cell, long cells cut with "…". */
final class TextTable {

    private final List<String> header;
    private final int[] maxWidth;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code maxWidth[i]} caps column i (0 = no cap). */
    TextTable(List<String> header, int... maxWidth) {
        this.header = header;
        this.maxWidth = maxWidth;
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : String.valueOf(c).replace('\n', ' '));
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int n = header.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], cut(r.get(i), i).length());
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) rule.append("-".repeat(w[i])).append(i + 1 < n ? "  " : "");
        out.println(rule);
        for (List<String> r : rows) line(out, r, w);
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cut(cells.get(i), i);
            b.append(c);
            if (i + 1 < cells.size()) b.append(" ".repeat(w[i] - c.length() + 2));
        }
        out.println(b.toString().stripTrailing());
    }

    private String cut(String s, int col) {
        int max = col < maxWidth.length ? maxWidth[col] : 0;
        return max > 0 && s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
