package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No visible text is written literally in a template: every text node and every {@code title},
 * {@code aria-label}, {@code placeholder} and {@code alt} comes from the message bundles (or the model)
 * through a th:* attribute, so the English pages are English throughout.
 *
 * <p>Text counts as replaced when its element or an ancestor has th:text, th:utext, th:replace,
 * th:insert or th:remove (the natural-template placeholder inside), except th:replace on {@code <html>},
 * which is the call of the layout with this page's own parts. An attribute counts as replaced when its
 * element has the matching th:* attribute (or th:attr naming it). Thymeleaf comments are no text;
 * inline expressions ({@code [[...]]}) are replaced; punctuation, numbers and symbols alone are allowed.
 */
class TemplateTextTest {

    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");
    /**
     * The corrective letter is a Dutch official letter to the perpetrator, written in Dutch whatever the
     * language of the clerk who makes it; its wording is the municipality's, not the interface's.
     */
    private static final Set<String> DUTCH_DOCUMENTS = Set.of("responses/letter.html");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt");
    private static final Set<String> NOT_TEXT = Set.of("script", "style");
    /** Inline expressions, and character references such as {@code &middot;} (a dot is not text). */
    private static final Pattern INLINE_EXPRESSION =
            Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Stream<Path> templates() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.toList()) {
                Path root = module.resolve("src/main/resources/templates");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(file -> file.toString().endsWith(".html"))
                                .filter(file -> !DUTCH_DOCUMENTS.contains(root.relativize(file).toString()))
                                .forEach(found::add);
                    }
                }
            }
        }
        assertThat(found).as("templates of the application").isNotEmpty();
        return found.stream().sorted();
    }

    /** The folder under templates/ ("" for a template at the top). */
    private static String folder(Path relative) {
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyVisibleTextComesFromTheBundles(Path template) throws IOException, ParseException {
        assertThat(literalTexts(Files.readString(template))).as("literal texts in %s", template).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextAndAcceptsReplacedText() throws ParseException {
        assertThat(literalTexts("""
                <html th:replace="~{layout :: page(~{::title}, ~{::section})}">
                <head><title>Meldingen - Weerbaar</title></head>
                <section>
                  <!--/* a comment for developers */-->
                  <h1 th:text="#{x.heading}">Natuurlijke tekst</h1>
                  <p th:replace="~{fragments :: x}"><span>Voorbeeld</span></p>
                  <th:block th:text="#{x.y}">Ook goed</th:block>
                  <p>Letterlijk</p>
                  <p>[[#{x.inline}]] – 12:30 (3)</p>
                  <input placeholder="Zoek" th:placeholder="#{x.search}">
                  <img src="a.png" alt="Een plaatje">
                  <a href="#" aria-label="Sluiten">×</a>
                </section>
                </html>
                """)).containsExactly("Meldingen - Weerbaar", "Letterlijk", "alt=\"Een plaatje\"", "aria-label=\"Sluiten\"");
    }

    static List<String> literalTexts(String markup) throws ParseException {
        Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup);
        List<String> found = new ArrayList<>();
        collect(document, false, found);
        return found;
    }

    private static void collect(INestableNode parent, boolean replaced, List<String> found) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text && !replaced) {
                String visible = INLINE_EXPRESSION.matcher(text.getContent()).replaceAll("").strip();
                if (LETTER.matcher(visible).find()) {
                    found.add(visible.replaceAll("\\s+", " "));
                }
            } else if (node instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                if (NOT_TEXT.contains(name)) {
                    continue;
                }
                boolean replacedHere = replaced || replacesContent(element);
                if (!replacedHere) {
                    for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
                        String attributeName = attribute.getKey().toLowerCase();
                        if (TEXT_ATTRIBUTES.contains(attributeName) && attribute.getValue() != null
                                && LETTER.matcher(attribute.getValue()).find() && !setByThymeleaf(element, attributeName)) {
                            found.add(attributeName + "=\"" + attribute.getValue() + "\"");
                        }
                    }
                }
                collect(element, replacedHere, found);
            }
        }
    }

    private static boolean replacesContent(Element element) {
        if (element.getElementName().equalsIgnoreCase("html")) {
            return false;
        }
        return REPLACING.stream().anyMatch(element::hasAttribute);
    }

    private static boolean setByThymeleaf(Element element, String attribute) {
        if (element.hasAttribute("th:" + attribute)) {
            return true;
        }
        String attr = element.getAttributeValue("th:attr");
        return attr != null && Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
    }
}
