package fr.coopdec.atlas.iati;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * What an IATI validator says of an activity file: the 2.03 schema (XSD), the Standard Ruleset
 * ({@link IatiRuleset}) and the codelists (each coded value we write must be an active code of its
 * list). Activities are checked one at a time, each in a document of its own: XPath on one small
 * document is fast, on a 10,000-activity document it is not.
 */
public final class IatiValidator {

    /** Which codelist each coded attribute we write draws from (the schema's mapping, not its values). */
    private static final Map<String, String> CODED = new LinkedHashMap<>();

    static {
        CODED.put("reporting-org/@type | participating-org/@type | transaction/*/@type", "OrganisationType");
        CODED.put("participating-org/@role", "OrganisationRole");
        CODED.put("activity-status/@code", "ActivityStatus");
        CODED.put("activity-date/@type", "ActivityDateType");
        CODED.put("recipient-country/@code", "Country");
        CODED.put("sector[@vocabulary = '1' or not(@vocabulary)]/@code", "Sector");
        CODED.put("collaboration-type/@code", "CollaborationType");
        CODED.put("default-flow-type/@code", "FlowType");
        CODED.put("default-finance-type/@code", "FinanceType");
        CODED.put("default-aid-type[@vocabulary = '1' or not(@vocabulary)]/@code", "AidType");
        CODED.put("default-tied-status/@code", "TiedStatus");
        CODED.put("budget/@type", "BudgetType");
        CODED.put("budget/@status", "BudgetStatus");
        CODED.put("transaction/transaction-type/@code", "TransactionType");
        CODED.put("@default-currency | descendant::value/@currency", "Currency");
        CODED.put("@xml:lang | descendant::narrative/@xml:lang", "Language");
        CODED.put("description/@type", "DescriptionType");
    }

    /** The verdict on one file. */
    public record Report(int activities, List<String> schemaErrors, List<IatiRuleset.Violation> violations) {
        public List<IatiRuleset.Violation> errors() {
            return violations.stream().filter(IatiRuleset.Violation::isError).toList();
        }

        public List<IatiRuleset.Violation> warnings() {
            return violations.stream().filter(v -> !v.isError()).toList();
        }
    }

    private final IatiCodelists codelists = new IatiCodelists();
    private final IatiRuleset ruleset;

    public IatiValidator(LocalDate today) {
        this.ruleset = new IatiRuleset(codelists, today);
    }

    public Report validate(byte[] xml) throws Exception {
        List<String> schemaErrors = schemaErrors(xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document whole = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList activities = whole.getDocumentElement().getElementsByTagName("iati-activity");
        List<IatiRuleset.Violation> violations = new ArrayList<>();
        for (int i = 0; i < activities.getLength(); i++) {
            Document one = factory.newDocumentBuilder().newDocument();
            Element root = (Element) one.importNode(whole.getDocumentElement(), false);
            one.appendChild(root);
            Node activity = one.importNode(activities.item(i), true);
            root.appendChild(activity);
            net.sf.saxon.s9api.XdmNode wrapped = ruleset.wrap(one);
            violations.addAll(ruleset.check(wrapped));
            violations.addAll(codes(
                    ruleset.nodes(wrapped, "/iati-activities/iati-activity").get(0)));
        }
        return new Report(activities.getLength(), schemaErrors, violations);
    }

    private List<IatiRuleset.Violation> codes(net.sf.saxon.s9api.XdmNode activity) {
        List<IatiRuleset.Violation> out = new ArrayList<>();
        String id = ruleset.nodes(activity, "iati-identifier").get(0).getStringValue();
        CODED.forEach((path, list) -> {
            for (net.sf.saxon.s9api.XdmNode value : ruleset.nodes(activity, path)) {
                String code = value.getStringValue();
                if (!codelists.active(list).contains(code)) {
                    out.add(new IatiRuleset.Violation(
                            "codelist",
                            "error",
                            code + " is not an active code of " + list
                                    + (codelists.isWithdrawn(list, code) ? " (withdrawn)" : ""),
                            id));
                }
            }
        });
        return out;
    }

    private static List<String> schemaErrors(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(
                        IatiValidator.class.getResource("/iati-2.03/iati-activities-schema.xsd"))
                .newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }
}
