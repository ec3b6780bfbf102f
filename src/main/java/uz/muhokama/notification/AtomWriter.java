package uz.muhokama.notification;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes an {@link AtomFeed} as an Atom 1.0 document in UTF-8, with Rome (its Atom 1.0 generator checks
 * the feed's required elements and JDOM escapes every text). Rome has no place for the feed's language,
 * which Atom gives as {@code xml:lang} on the root: it is set on Rome's JDOM document before it is
 * written. The same feed always gives the same bytes (no time of writing in them), so the document's
 * hash is a stable entity tag.
 */
final class AtomWriter {

    static final String MEDIA_TYPE = "application/atom+xml";

    private AtomWriter() {}

    static byte[] write(AtomFeed source) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(source.id());
        feed.setTitleEx(text(source.title()));
        feed.setSubtitle(text(source.subtitle()));
        feed.setUpdated(date(source.updated()));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", source.alternateHref())));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, source.selfHref())));
        feed.setAuthors(List.of(person(source.authorName(), source.portalHref())));
        Generator generator = new Generator();
        generator.setValue("Muhokama");
        generator.setUrl(source.portalHref());
        feed.setGenerator(generator);
        feed.setEntries(source.entries().stream().map(AtomWriter::entry).toList());
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", source.language(), Namespace.XML_NAMESPACE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            new XMLOutputter(Format.getCompactFormat().setEncoding("UTF-8")).output(document, bytes);
            return bytes.toByteArray();
        } catch (FeedException e) {
            throw new IllegalStateException("an Atom feed missing a required element: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(AtomFeed.Entry source) {
        Entry entry = new Entry();
        entry.setId(source.id());
        entry.setTitleEx(text(source.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", source.href())));
        entry.setPublished(date(source.published()));
        entry.setUpdated(date(source.updated()));
        entry.setSummary(text(source.summary()));
        entry.setAuthors(List.of(person(source.authorName(), null)));
        Category category = new Category();
        category.setTerm(source.categoryTerm());
        category.setLabel(source.categoryLabel());
        category.setScheme(source.categoryScheme());
        entry.setCategories(List.of(category));
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
