package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class AtomWriterTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static final String HOSTILE = "<script>alert('x')</script> & \"Tom\" ʻOʻzbekʼ";

    @Test
    void aFeedReaderReadsBackWhatWasWrittenEscapedTextsIncluded() throws Exception {
        byte[] bytes = AtomWriter.write(feed(HOSTILE));
        SyndFeed read = new SyndFeedInput()
                .build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        assertEquals("atom_1.0", read.getFeedType());
        assertEquals("tag:muhokama.uz,2026:feeds/sectors/education", read.getUri());
        assertEquals("Muhokama — drafts in Education", read.getTitle());
        assertEquals(2, read.getEntries().size());
        SyndEntry first = read.getEntries().get(0);
        assertEquals(HOSTILE, first.getTitle());
        assertEquals("https://muhokama.example/drafts/ID-100002", first.getLink());
        assertEquals("tag:muhokama.uz,2026:draft/ID-100002", first.getUri());
        assertEquals("education", first.getCategories().get(0).getName());
        assertEquals("Ministry of Education & Science", first.getAuthor());
        assertEquals(
                Instant.parse("2026-12-01T10:00:00Z"), first.getPublishedDate().toInstant());
        assertTrue(first.getDescription().getValue().contains(HOSTILE));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("&lt;script&gt;"), text);
        assertTrue(!text.contains("<script>"), text);
    }

    @Test
    void theDocumentKeepsRfc4287sRulesAndItsLanguage() throws Exception {
        Document document = parse(AtomWriter.write(feed("A title")));
        Element root = document.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("en", root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertOnce(root, "id", "title", "updated");
        assertEquals("2026-12-03T08:30:00Z", child(root, "updated").getTextContent());
        assertEquals(1, children(root, "author").size());
        assertEquals(1, children(root, "generator").size());
        List<Element> links = children(root, "link");
        assertTrue(links.stream()
                .anyMatch(l -> l.getAttribute("rel").equals("self")
                        && l.getAttribute("href").equals("https://muhokama.example/feeds/sectors/education.atom")));
        assertTrue(links.stream()
                .anyMatch(l -> l.getAttribute("rel").equals("alternate")
                        && l.getAttribute("type").equals("text/html")));
        for (Element entry : children(root, "entry")) {
            assertOnce(entry, "id", "title", "updated", "published", "summary");
            for (String date : List.of("updated", "published")) {
                String value = child(entry, date).getTextContent();
                assertTrue(
                        value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"),
                        value);
            }
            assertEquals("text", child(entry, "summary").getAttribute("type"));
        }
    }

    @Test
    void theSameFeedIsTheSameBytes() {
        assertArrayEquals(AtomWriter.write(feed("x")), AtomWriter.write(feed("x")));
    }

    static AtomFeed feed(String firstTitle) {
        AtomFeed.Entry newest = new AtomFeed.Entry(
                "tag:muhokama.uz,2026:draft/ID-100002",
                firstTitle,
                "https://muhokama.example/drafts/ID-100002",
                Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-03T08:30:00Z"),
                "About " + firstTitle + "\n\nPublic discussion: 01.12.2026 15:00 – 16.12.2026 15:00.",
                "Ministry of Education & Science",
                "education",
                "Education",
                "https://muhokama.example/sectors/");
        AtomFeed.Entry older = new AtomFeed.Entry(
                "tag:muhokama.uz,2026:draft/ID-100001",
                "Older",
                "https://muhokama.example/drafts/ID-100001",
                Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-20T10:00:00Z"),
                "Older summary",
                "Ministry of Justice",
                "education",
                "Education",
                "https://muhokama.example/sectors/");
        return new AtomFeed(
                "tag:muhokama.uz,2026:feeds/sectors/education",
                "en",
                "Muhokama — drafts in Education",
                "The newest drafts",
                Instant.parse("2026-12-03T08:30:00Z"),
                "https://muhokama.example/feeds/sectors/education.atom",
                "https://muhokama.example/sectors/education",
                "Muhokama",
                "https://muhokama.example/",
                List.of(newest, older));
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static void assertOnce(Element parent, String... names) {
        for (String name : names) {
            assertEquals(1, children(parent, name).size(), name + " of " + parent.getLocalName());
        }
    }

    static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
