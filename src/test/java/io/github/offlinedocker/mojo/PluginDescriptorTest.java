package io.github.offlinedocker.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goals' descriptor, as maven-plugin-plugin wrote it from the Mojo Javadoc and annotations, against what users
 * read: every parameter documented, with a {@code @since} and a {@code -D} property; the README's goal and
 * parameter tables as the descriptor says.
 */
class PluginDescriptorTest {

    /** The goal maven-plugin-plugin generates, whose parameters are not the plugin's own. */
    private static final String GENERATED_HELP = "help";

    private static final Pattern GOAL_ROW = Pattern.compile("^\\| `offline-docker:([a-z]+)` \\| (`([a-z-]+)`|—) \\|.*");
    private static final Pattern PARAMETER_ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.-]+)` \\| (.+?) \\|$");

    /** Goal, then parameter name, to the parameter's element of the descriptor. */
    private static final Map<String, Map<String, Element>> PARAMETERS = new LinkedHashMap<>();
    /** Goal, then parameter name, to its configuration element (the property, the default). */
    private static final Map<String, Map<String, Element>> CONFIGURATION = new LinkedHashMap<>();
    private static final Map<String, String> PHASES = new LinkedHashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            String goal = text(mojo, "goal");
            PHASES.put(goal, text(mojo, "phase"));
            Map<String, Element> parameters = new LinkedHashMap<>();
            children(child(mojo, "parameters"), "parameter").forEach(p -> parameters.put(text(p, "name"), p));
            PARAMETERS.put(goal, parameters);
            Map<String, Element> configuration = new LinkedHashMap<>();
            Element configured = child(mojo, "configuration");
            if (configured != null) {
                NodeList nodes = configured.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (nodes.item(i) instanceof Element element) {
                        configuration.put(element.getTagName(), element);
                    }
                }
            }
            CONFIGURATION.put(goal, configuration);
        }
    }

    @Test
    void everyParameter_documentedWithSinceAndItsProperty() {
        List<String> faults = new ArrayList<>();
        PARAMETERS.forEach((goal, parameters) -> {
            if (goal.equals(GENERATED_HELP)) {
                return;
            }
            parameters.forEach((name, parameter) -> {
                if (!"true".equals(text(parameter, "editable"))) {
                    return;
                }
                String where = goal + ":" + name;
                if (text(parameter, "description") == null || text(parameter, "description").isBlank()) {
                    faults.add(where + " has no Javadoc");
                }
                if (text(parameter, "since") == null) {
                    faults.add(where + " has no @since");
                }
                Element configured = CONFIGURATION.get(goal).get(name);
                String property = configured == null ? null : configured.getTextContent();
                // A map has no -D form: Maven cannot convert a property's string into one.
                if (!text(parameter, "type").startsWith("java.util.Map")
                        && !("${offline-docker." + name + "}").equals(property)) {
                    faults.add(where + " has the property " + property + ", not offline-docker." + name);
                }
            });
        });
        assertEquals(List.of(), faults);
        assertTrue(PARAMETERS.get("build").size() > 30, "the build goal's parameters were read");
    }

    @Test
    void readmeGoals_theGoalsWithTheirDefaultPhases() throws Exception {
        Map<String, String> phases = new LinkedHashMap<>();
        for (String line : readme()) {
            Matcher row = GOAL_ROW.matcher(line);
            if (row.matches()) {
                phases.put(row.group(1), row.group(3));
            }
        }
        assertEquals(PHASES.keySet(), phases.keySet());
        PHASES.forEach((goal, phase) -> assertEquals(phase, phases.get(goal), goal));
    }

    @Test
    void readmeParameters_eachAParameterWithThatPropertyAndDefault() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme()) {
            inTable = inTable ? line.startsWith("|") : line.contains("PluginDescriptorTest");
            Matcher row = PARAMETER_ROW.matcher(line);
            if (!inTable || !row.matches()) {
                continue;
            }
            String name = row.group(1);
            rows.add(name);
            List<Element> configured = CONFIGURATION.values().stream().map(c -> c.get(name))
                    .filter(e -> e != null).toList();
            if (configured.isEmpty()) {
                faults.add(name + " is no goal's parameter");
                continue;
            }
            for (Element element : configured) {
                if (!("${" + row.group(2) + "}").equals(element.getTextContent())) {
                    faults.add(name + " has the property " + element.getTextContent() + ", not " + row.group(2));
                }
                String defaultValue = element.getAttribute("default-value");
                if (!defaultValue.isEmpty() && !row.group(3).equals("`" + defaultValue + "`")) {
                    faults.add(name + " defaults to " + defaultValue + ", the README says " + row.group(3));
                }
            }
        }
        assertFalse(rows.isEmpty(), "the README's parameter table was found");
        assertEquals(List.of(), faults);
    }

    private static List<String> readme() throws Exception {
        return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent();
    }
}
