package fr.coopdec.atlas.iati;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The official IATI codelists (copied unchanged under {@code /iati-2.03/codelists}, see SOURCES.md),
 * read from their XML: each list's active codes and its withdrawn ones. Nothing is typed in by hand.
 */
public final class IatiCodelists {

    private final Map<String, Set<String>> active = new HashMap<>();
    private final Map<String, Set<String>> withdrawn = new HashMap<>();

    public Set<String> active(String codelist) {
        load(codelist);
        return active.get(codelist);
    }

    public boolean isWithdrawn(String codelist, String code) {
        load(codelist);
        return withdrawn.get(codelist).contains(code);
    }

    private void load(String codelist) {
        if (active.containsKey(codelist)) {
            return;
        }
        Set<String> on = new HashSet<>();
        Set<String> off = new HashSet<>();
        try (InputStream in = IatiCodelists.class.getResourceAsStream("/iati-2.03/codelists/" + codelist + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("No codelist " + codelist);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document doc = factory.newDocumentBuilder().parse(in);
            NodeList items = doc.getElementsByTagName("codelist-item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String code = item.getElementsByTagName("code")
                        .item(0)
                        .getTextContent()
                        .trim();
                ("withdrawn".equals(item.getAttribute("status")) ? off : on).add(code);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read codelist " + codelist, e);
        }
        active.put(codelist, on);
        withdrawn.put(codelist, off);
    }
}
