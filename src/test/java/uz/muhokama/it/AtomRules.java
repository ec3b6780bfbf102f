package uz.muhokama.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of RFC 4287 a test can check on a feed document beyond what a feed library reads: one id,
 * title and updated per feed and entry, an author for the feed, links with an href, a self link, dates
 * in RFC 3339's form, ids that are absolute IRIs, and the language on the root.
 */
final class AtomRules {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    private AtomRules() {}

    static void check(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertFalse(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isBlank(), "xml:lang on the feed");
        common(feed);
        assertFalse(children(feed, "author").isEmpty(), "the feed's author");
        assertTrue(
                children(feed, "link").stream()
                        .anyMatch(l -> l.getAttribute("rel").equals("self")),
                "a self link");
        for (Element entry : children(feed, "entry")) {
            common(entry);
            assertEquals(1, children(entry, "published").size());
            date(children(entry, "published").get(0));
            assertEquals(1, children(entry, "summary").size());
            assertEquals(1, children(entry, "author").size());
            assertTrue(children(entry, "link").stream()
                    .anyMatch(l -> l.getAttribute("rel").equals("alternate")));
        }
    }

    private static void common(Element element) {
        for (String name : List.of("id", "title", "updated")) {
            assertEquals(1, children(element, name).size(), name + " of " + element.getLocalName());
        }
        String id = children(element, "id").get(0).getTextContent();
        assertTrue(id.matches("[a-z][a-z0-9+.-]*:\\S+"), "an absolute IRI: " + id);
        date(children(element, "updated").get(0));
        for (Element link : children(element, "link")) {
            assertFalse(link.getAttribute("href").isBlank(), "a link's href");
        }
    }

    private static void date(Element element) {
        String value = element.getTextContent();
        assertTrue(value.matches(RFC_3339), element.getLocalName() + ": " + value);
        OffsetDateTime.parse(value);
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
