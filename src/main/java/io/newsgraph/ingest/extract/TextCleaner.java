package io.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans a raw article (plain text or HTML) into the stored body: one paragraph per source line, joined by a blank
 * line, without the page chrome around the article — the header before the first paragraph of prose (title,
 * byline, dateline, standfirst, icon lists), photo credits and captions, reading times ("3 min read"), "Read next"
 * and "Support us" lines, agency credits ("The Local with AFP"), contributor lines, and boxes such as "Trending
 * Now" or "Most Read" with the headlines listed under them. The text inside a kept line is not changed beyond
 * folding runs of spaces.
 */
final class TextCleaner {

    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^(" 
            + "(photo|image|picture|video|source|credit|illustration)s?( credit)?\\s*[:/©].*"
            + "|.*\\b(getty images|shutterstock(\\.com)?|reuters/[a-z]+|ap photo|afp via getty)\\)?\\.?"
            + "|(written|reporting|edited|posted) by\\b.{0,80}"
            + "|by\\s+\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}"
            + "|advertisement|share( this( article)?)?|read more\\b.*|see also\\b.*|sign up\\b.*|subscribe\\b.*"
            + "|follow us\\b.*|(comments|print|email|copy link)\\b.{0,20}"
            + "|\\d+ min(ute)?s? read|read next\\b.*|(also )?read:.*|related:.*|watch:.*|listen:.*"
            + "|support us\\b.*|.{0,80}\\bbecome an? (patron|member|supporter|subscriber)\\b.{0,80}|donate\\b.{0,80}"
            + "|(?-i:\\p{Lu}[\\p{L}&. ]{1,40} with (AFP|AP|Reuters|agencies|dpa|EFE))\\.?"
            + "|follow [\\p{L}. ]{2,40} on (twitter|x|facebook|instagram)\\b.*|like (us|the page)\\b.{0,40}"
            + "|.{0,120}\\bcontributed (to )?this (report|story|article)\\.?|contributing:.*"
            + "|(caption|file photo|pictured)\\b.{0,200}|_{3,}\\.?"
            + ")$");
    private static final Pattern BOX_HEADING = Pattern.compile(
            "(?i)^(trending( now)?|most read|most popular|popular now|related( (articles|stories|coverage|news))?"
                    + "|recommended|more (on this story|from [\\p{L} ]+)|top stories|you may also like"
                    + "|latest news)\\b.*");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^[\\p{L}]{0,9}\\.?\\s*\\d{1,2}[,.]?\\s*[-–,]?\\s*\\d{4}.*|^\\d{1,2}\\s+\\p{L}+,?\\s+\\d{4}.*"
                    + "|^(updated|published|last updated)\\b.*|^\\d{1,2}:\\d{2}(\\s*(am|pm|gmt|utc|cet|bst|et|msk))?$");
    private static final Pattern ICON_WORDS = Pattern.compile("(?i)icon");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)\\]]*$|[\"”]$");

    private TextCleaner() {}

    static String clean(String raw) {
        List<String> lines = HtmlText.isHtml(raw) ? HtmlText.lines(raw) : List.of(raw.split("\\R"));
        List<String> kept = new ArrayList<>();
        boolean inBody = false;
        boolean inBox = false;
        for (String line : lines) {
            String text = line.replace('\u00a0', ' ').replaceAll("[ \\t\\u2009\\u202f]+", " ").strip();
            if (text.isEmpty() || isChrome(text)) {
                continue;
            }
            if (BOX_HEADING.matcher(text).matches() && text.split(" ").length <= 6) {
                inBox = true;
                continue;
            }
            boolean prose = isProse(text);
            if (inBox && !prose) {
                continue; // a headline listed in a "Most Read" box
            }
            inBox = false;
            if (!inBody && !prose) {
                continue; // title, standfirst and other header lines before the article starts
            }
            inBody = true;
            kept.add(text);
        }
        return String.join("\n\n", kept);
    }

    private static boolean isChrome(String line) {
        return CHROME_LINE.matcher(line).matches()
                || (DATELINE.matcher(line).matches() && line.split(" ").length <= 12)
                || ICON_WORDS.matcher(line).results().count() >= 3;
    }

    /** A line of running text rather than a heading: several words, ends like a sentence, not Title Case. */
    static boolean isProse(String line) {
        String[] words = line.split(" ");
        return words.length >= 8 && SENTENCE_END.matcher(line).find() && !isTitleCase(words);
    }

    static boolean isTitleCase(String[] words) {
        int capitalised = 0;
        for (String word : words) {
            String letters = word.replaceAll("^[^\\p{L}]+", "");
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 0.6 * words.length;
    }
}
