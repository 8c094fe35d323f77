package dev.parallax.report;

import org.jsoup.nodes.Entities;

import java.util.List;

/** Renders a {@link ReportModel} as Markdown or as one self-contained HTML page (no network, all text escaped). */
public final class Renderers {

    private Renderers() {}

    public static String markdown(ReportModel m) {
        StringBuilder b = new StringBuilder("# ").append(md(m.title())).append("\n\n");
        for (ReportModel.Section s : m.sections()) {
            b.append("#".repeat(s.level() + 1)).append(' ').append(md(s.title())).append("\n\n");
            for (ReportModel.Block block : s.blocks()) {
                if (block instanceof ReportModel.Paragraph p) {
                    b.append(md(p.text())).append("\n\n");
                } else if (block instanceof ReportModel.Items l) {
                    int i = 1;
                    for (String item : l.items()) b.append(l.numbered() ? (i++) + ". " : "- ").append(md(item)).append('\n');
                    b.append('\n');
                } else if (block instanceof ReportModel.Table t) {
                    b.append('|');
                    for (String h : t.header()) b.append(' ').append(cell(h)).append(" |");
                    b.append("\n|");
                    for (int i = 0; i < t.header().size(); i++) b.append(" --- |");
                    b.append('\n');
                    for (List<String> row : t.rows()) {
                        b.append('|');
                        for (String c : row) b.append(' ').append(cell(c)).append(" |");
                        b.append('\n');
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    private static final String CSS = "body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:1100px;"
            + "margin:2em auto;padding:0 1em;color:#1d1d1f}h1{font-size:1.8em}h2{border-bottom:1px solid #ddd;"
            + "padding-bottom:.2em;margin-top:1.6em}table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}"
            + "th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f4f4f6}"
            + "tr:nth-child(even) td{background:#fafafa}li{margin:.25em 0}nav a{margin-right:1em}"
            + "td.asserts{background:#e3f4e3!important}td.contradicts{background:#fbe1e1!important}"
            + "td.omits{background:#f3f3f3!important;color:#888}";

    public static String html(ReportModel m) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>").append(esc(m.title())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(m.title())).append("</h1>\n<nav>");
        int n = 0;
        for (ReportModel.Section s : m.sections()) {
            n++;
            if (s.level() == 1) b.append("<a href=\"#s").append(n).append("\">").append(esc(s.title())).append("</a>");
        }
        b.append("</nav>\n");
        n = 0;
        for (ReportModel.Section s : m.sections()) {
            n++;
            int h = Math.min(6, s.level() + 1);
            b.append("<h").append(h).append(" id=\"s").append(n).append("\">").append(esc(s.title())).append("</h").append(h).append(">\n");
            for (ReportModel.Block block : s.blocks()) {
                if (block instanceof ReportModel.Paragraph p) {
                    b.append("<p>").append(esc(p.text())).append("</p>\n");
                } else if (block instanceof ReportModel.Items l) {
                    String tag = l.numbered() ? "ol" : "ul";
                    b.append('<').append(tag).append(">\n");
                    for (String item : l.items()) b.append("<li>").append(esc(item)).append("</li>\n");
                    b.append("</").append(tag).append(">\n");
                } else if (block instanceof ReportModel.Table t) {
                    b.append("<table>\n<thead><tr>");
                    for (String hd : t.header()) b.append("<th>").append(esc(hd)).append("</th>");
                    b.append("</tr></thead>\n<tbody>\n");
                    for (List<String> row : t.rows()) {
                        b.append("<tr>");
                        for (String c : row) {
                            String cls = c.equals("asserts") || c.equals("omits") || c.equals("contradicts") ? " class=\"" + c + "\"" : "";
                            b.append("<td").append(cls).append('>').append(esc(c)).append("</td>");
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</tbody>\n</table>\n");
                }
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static String md(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }

    private static String cell(String s) {
        return md(s).replace("|", "\\|");
    }
}
