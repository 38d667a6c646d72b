package io.newsgraph.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into lines of text, one per block (paragraph, heading, list item, quote), leaving out the
 * parts of a page that are never the article: scripts, navigation, headers and footers, asides, figures and their
 * captions, share bars, "related"/"most read" boxes.
 */
final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("(?is)<(html|body|p|div|article|h[1-6]|br|span|section)\\b[^>]*>");
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|share|social|related|trending|most-?read|popular|promo|advert|ad|ads|cookie|"
                    + "newsletter|subscribe|caption|credit|byline|dateline|timestamp|date|breadcrumbs?|footer|header|"
                    + "sidebar|comments?|tags)([-_ ]|$)");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd";

    private HtmlText() {}

    static boolean isHtml(String raw) {
        return LOOKS_LIKE_HTML.matcher(raw).find();
    }

    static List<String> lines(String html) {
        Document page = Jsoup.parse(html);
        // The headline is the article's title, given to ingestion separately; it is not part of the body.
        page.select("script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, figure, "
                + "figcaption, button, h1, time").remove();
        for (Element element : page.getAllElements()) {
            String marks = element.className() + " " + element.id();
            if (element.parent() != null && CHROME_CLASS.matcher(marks).find()) {
                element.remove();
            }
        }
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // Only innermost blocks: a <li> holding a <p> is read through its <p>.
            if (block.select(BLOCKS).size() == 1) {
                lines.add(block.text());
            }
        }
        if (lines.isEmpty()) {
            lines.addAll(List.of(root.wholeText().split("\\R")));
        }
        return lines;
    }
}
