package fr.coopdec.atlas.iati;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * The IATI Standard Ruleset (version-2.03 {@code rulesets/standard.json}, read as published) applied
 * to a document, our own Java reading of its rule types (IATI-Rulesets' SPEC.rst): each context is an
 * XPath selecting elements, each case of each rule is tested on each of them. {@code condition} limits
 * a case to the elements where it holds; {@code NOW} is today; {@code ORG-ID-PREFIX} means the active
 * codes of the OrganisationRegistrationAgency codelist; {@code NOT_EXISTING_ORG_ID} exempts identifiers
 * that the IATIOrganisationIdentifier/OrganisationIdentifier codelists list. Where the Python reference
 * looks at the first date only ({@code date_order} on transactions), every date is checked here.
 * XPath by Saxon in XPath 1.0 compatibility mode (the rules are XPath 1.0).
 */
public final class IatiRuleset {

    /** One broken rule on one element. */
    public record Violation(String ruleId, String severity, String message, String activity) {
        public boolean isError() {
            return "error".equals(severity);
        }

        @Override
        public String toString() {
            return severity + " " + ruleId + " [" + activity + "] " + message;
        }
    }

    private final JsonNode rules;
    private final IatiCodelists codelists;
    private final LocalDate today;
    private final Processor processor = new Processor(false);
    private final XPathCompiler xpath;
    private final Map<String, XPathExecutable> compiled = new HashMap<>();

    public IatiRuleset(IatiCodelists codelists, LocalDate today) {
        try (InputStream in = IatiRuleset.class.getResourceAsStream("/iati-2.03/rulesets/standard.json")) {
            this.rules = new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the IATI ruleset", e);
        }
        this.codelists = codelists;
        this.today = today;
        this.xpath = processor.newXPathCompiler();
        xpath.setBackwardsCompatible(true);
        xpath.declareNamespace("xml", XMLConstants.XML_NS_URI);
    }

    /** Every violation in this (small) document; a big file is checked one activity at a time. */
    public List<Violation> check(XdmNode document) {
        List<Violation> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> contexts = rules.fields(); contexts.hasNext(); ) {
            Map.Entry<String, JsonNode> context = contexts.next();
            for (XdmNode element : nodes(document, context.getKey())) {
                for (Iterator<Map.Entry<String, JsonNode>> types =
                                context.getValue().fields();
                        types.hasNext(); ) {
                    Map.Entry<String, JsonNode> type = types.next();
                    for (JsonNode rule : type.getValue().get("cases")) {
                        test(element, type.getKey(), rule, violations);
                    }
                }
            }
        }
        return violations;
    }

    private void test(XdmNode element, String type, JsonNode rule, List<Violation> out) {
        if (rule.has("condition") && !bool(element, rule.get("condition").asText())) {
            return;
        }
        if (type.equals("loop")) {
            loop(element, rule, out);
            return;
        }
        Boolean passed = passes(element, type, rule);
        if (Boolean.FALSE.equals(passed)) {
            JsonNode info = rule.get("ruleInfo");
            out.add(new Violation(
                    info.get("id").asText(),
                    info.get("severity").asText(),
                    info.get("message").asText(),
                    activityOf(element)));
        }
    }

    /** True, false, or null when the rule does not apply (a date missing, say). */
    private Boolean passes(XdmNode e, String type, JsonNode rule) {
        return switch (type) {
            case "atleast_one" -> !paths(e, rule).isEmpty();
            case "no_more_than_one" -> paths(e, rule).size() <= 1;
            case "unique" -> {
                List<String> texts = texts(paths(e, rule));
                yield new LinkedHashSet<>(texts).size() == texts.size();
            }
            case "no_spaces" -> texts(paths(e, rule)).stream().allMatch(t -> t.equals(t.strip()));
            case "regex_matches" -> {
                Pattern regex = Pattern.compile(rule.get("regex").asText());
                yield applicable(rule, texts(paths(e, rule))).stream()
                        .allMatch(t -> regex.matcher(t).find());
            }
            case "startswith" -> startsWith(e, rule);
            case "one_or_all" -> oneOrAll(e, rule);
            case "date_now" -> {
                List<XdmNode> dates = nodes(e, rule.get("date").asText());
                yield dates.isEmpty()
                        ? null
                        : LocalDateTime.parse(dates.get(0).getStringValue().substring(0, 19))
                                .toLocalDate()
                                .isBefore(today.plusDays(1));
            }
            case "date_order" -> dateOrder(e, rule);
            case "time_limit" -> {
                LocalDate start = date(e, rule.get("start").asText());
                LocalDate end = date(e, rule.get("end").asText());
                yield start == null || end == null ? null : !end.isAfter(start.plusYears(1));
            }
            case "between_dates" -> {
                LocalDate date = date(e, rule.get("date").asText());
                yield date == null
                        ? null
                        : date.isAfter(date(e, rule.get("start").asText()))
                                && date.isBefore(date(e, rule.get("end").asText()));
            }
            case "strict_sum" ->
                texts(paths(e, rule)).stream()
                                .map(BigDecimal::new)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .compareTo(rule.get("sum").decimalValue())
                        == 0;
            case "range" ->
                texts(paths(e, rule)).stream()
                        .map(BigDecimal::new)
                        .allMatch(v ->
                                (!rule.has("min") || v.compareTo(rule.get("min").decimalValue()) >= 0)
                                        && (!rule.has("max")
                                                || v.compareTo(rule.get("max").decimalValue()) <= 0));
            case "if_then" ->
                !bool(e, rule.get("if").asText()) || bool(e, rule.get("then").asText());
            default -> throw new IllegalStateException("Rule type not implemented: " + type);
        };
    }

    private Boolean startsWith(XdmNode e, JsonNode rule) {
        List<String> prefixes = new ArrayList<>();
        String separator = rule.has("separator") ? rule.get("separator").asText() : "-";
        for (JsonNode prefix : rule.get("prefix")) {
            if (prefix.asText().equals("ORG-ID-PREFIX")) {
                codelists.active("OrganisationRegistrationAgency").forEach(code -> prefixes.add(code + "-"));
            } else {
                texts(nodes(e, prefix.asText())).forEach(p -> prefixes.add(p + separator));
            }
        }
        return applicable(rule, texts(paths(e, rule))).stream()
                .allMatch(t -> prefixes.stream().anyMatch(t::startsWith));
    }

    private Boolean oneOrAll(XdmNode e, JsonNode rule) {
        if (!nodes(e, rule.get("one").asText()).isEmpty()) {
            return true;
        }
        return switch (rule.get("all").asText()) {
            case "lang" ->
                nodes(e, "descendant::narrative").stream()
                        .allMatch(n -> !nodes(n, "@xml:lang").isEmpty());
            case "sector" ->
                nodes(e, "transaction").stream()
                        .allMatch(n -> !nodes(n, "sector").isEmpty());
            case "currency" ->
                nodes(e, "descendant::value | descendant::forecast | descendant::loan-status").stream()
                        .allMatch(n -> !nodes(n, "@currency").isEmpty());
            default -> throw new IllegalStateException("one_or_all on " + rule.get("all"));
        };
    }

    private Boolean dateOrder(XdmNode e, JsonNode rule) {
        String more = rule.get("more").asText();
        LocalDate upper = more.equals("NOW") ? today : date(e, more);
        List<XdmNode> lower = nodes(e, rule.get("less").asText());
        if (upper == null || lower.isEmpty()) {
            return null;
        }
        return lower.stream()
                .map(n -> LocalDate.parse(n.getStringValue().substring(0, 10)))
                .noneMatch(d -> d.isAfter(upper));
    }

    private void loop(XdmNode e, JsonNode rule, List<Violation> out) {
        Set<String> values =
                new LinkedHashSet<>(texts(nodes(e, rule.get("foreach").asText())));
        List<String> subs = new ArrayList<>();
        rule.get("subs").forEach(s -> subs.add(s.asText()));
        for (String value : values) {
            for (Iterator<Map.Entry<String, JsonNode>> types = rule.get("do").fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                for (JsonNode c : type.getValue().get("cases")) {
                    test(e, type.getKey(), substitute(c, subs, value), out);
                }
            }
        }
    }

    private static JsonNode substitute(JsonNode rule, List<String> keys, String value) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) rule).deepCopy();
        for (String key : keys) {
            JsonNode v = copy.get(key);
            if (v == null) {
                continue;
            }
            if (v.isArray()) {
                var array = copy.putArray(key);
                v.forEach(item -> array.add(item.asText().replace("$1", value)));
            } else {
                copy.put(key, v.asText().replace("$1", value));
            }
        }
        if (rule.has("condition") && !keys.contains("condition")) {
            copy.put("condition", rule.get("condition").asText().replace("$1", value));
        }
        return copy;
    }

    /** The texts an {@code idCondition} leaves to check: identifiers the IATI lists already know are exempt. */
    private List<String> applicable(JsonNode rule, List<String> texts) {
        if (!rule.has("idCondition")) {
            return texts;
        }
        Set<String> known = new java.util.HashSet<>(codelists.active("IATIOrganisationIdentifier"));
        known.addAll(codelists.active("OrganisationIdentifier"));
        boolean prefixOnly = rule.get("idCondition").asText().equals("NOT_EXISTING_ORG_ID_PREFIX");
        return texts.stream()
                .filter(t -> prefixOnly ? known.stream().noneMatch(k -> t.startsWith(k + "-")) : !known.contains(t))
                .toList();
    }

    private List<XdmNode> paths(XdmNode e, JsonNode rule) {
        List<XdmNode> all = new ArrayList<>();
        rule.get("paths").forEach(p -> all.addAll(nodes(e, p.asText())));
        return all;
    }

    private LocalDate date(XdmNode e, String path) {
        List<XdmNode> found = nodes(e, path);
        return found.isEmpty() || found.get(0).getStringValue().isBlank()
                ? null
                : LocalDate.parse(found.get(0).getStringValue().substring(0, 10));
    }

    private static List<String> texts(List<XdmNode> nodes) {
        return nodes.stream().map(XdmNode::getStringValue).toList();
    }

    List<XdmNode> nodes(XdmNode context, String path) {
        List<XdmNode> result = new ArrayList<>();
        try {
            for (XdmItem item : selector(context, path).evaluate()) {
                result.add((XdmNode) item);
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("XPath " + path, e);
        }
        return result;
    }

    private boolean bool(XdmNode context, String path) {
        try {
            return selector(context, path).effectiveBooleanValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("XPath " + path, e);
        }
    }

    private XPathSelector selector(XdmNode context, String path) {
        try {
            XPathExecutable expression = compiled.get(path);
            if (expression == null) {
                expression = xpath.compile(path);
                compiled.put(path, expression);
            }
            XPathSelector selector = expression.load();
            selector.setContextItem(context);
            return selector;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("XPath " + path, e);
        }
    }

    /** A DOM document as the rules read it. */
    public XdmNode wrap(org.w3c.dom.Document document) {
        return processor.newDocumentBuilder().wrap(document);
    }

    private String activityOf(XdmNode element) {
        List<XdmNode> id = nodes(element, "ancestor-or-self::iati-activity/iati-identifier");
        return id.isEmpty() ? "?" : id.get(0).getStringValue();
    }
}
