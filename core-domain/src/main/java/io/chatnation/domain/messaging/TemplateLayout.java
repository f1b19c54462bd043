package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a template as WhatsApp shows them: an optional header, the body with its variables {{1}}…{{n}}, an
 * optional footer and up to ten buttons, each within WhatsApp's limits so that a template it would reject is refused
 * here with the field to fix.
 */
public record TemplateLayout(Optional<String> header, String body, Optional<String> footer, List<String> buttons) {

    public static final int MAX_BODY_LENGTH = 1024;
    public static final int MAX_HEADER_LENGTH = 60;
    public static final int MAX_FOOTER_LENGTH = 60;
    public static final int MAX_BUTTONS = 10;
    public static final int MAX_BUTTON_LENGTH = 25;
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(\\d+)\\s*}}");

    public TemplateLayout {
        header = Text.optionalLine("components.header", header == null ? Optional.empty() : header, MAX_HEADER_LENGTH);
        body = Text.body("components.body", body, MAX_BODY_LENGTH);
        footer = Text.optionalLine("components.footer", footer == null ? Optional.empty() : footer, MAX_FOOTER_LENGTH);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (buttons.size() > MAX_BUTTONS) {
            throw InvalidInput.of("components.buttons", "must hold at most " + MAX_BUTTONS + " buttons");
        }
        for (int i = 0; i < buttons.size(); i++) {
            Text.line("components.buttons[" + i + "]", buttons.get(i), MAX_BUTTON_LENGTH);
        }
        checkVariables(body);
    }

    /** How many values the body takes: its variables are numbered 1 to this, each at least once. */
    public int variableCount() {
        return numbers(body).size();
    }

    /** The body with {{i}} replaced by {@code values[i-1]}. */
    public String render(List<String> values) {
        if (values.size() != variableCount()) {
            throw InvalidInput.of("parameters", "must hold " + variableCount() + " values, one per variable of the body");
        }
        Matcher m = VARIABLE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(Integer.parseInt(m.group(1)) - 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void checkVariables(String body) {
        TreeSet<Integer> seen = numbers(body);
        // WhatsApp numbers variables from 1 without gaps: {{1}} {{3}} is refused at review.
        int expected = 1;
        for (int n : seen) {
            if (n != expected) {
                throw InvalidInput.of("components.body", "variables must be numbered {{1}} to {{" + seen.size()
                        + "}} without gaps; {{" + expected + "}} is missing");
            }
            expected++;
        }
    }

    private static TreeSet<Integer> numbers(String body) {
        TreeSet<Integer> seen = new TreeSet<>();
        Matcher m = VARIABLE.matcher(body);
        List<String> tooBig = new ArrayList<>();
        while (m.find()) {
            try {
                seen.add(Integer.parseInt(m.group(1)));
            } catch (NumberFormatException e) {
                tooBig.add(m.group());
            }
        }
        if (!tooBig.isEmpty()) {
            throw InvalidInput.of("components.body", "variable " + tooBig.get(0) + " is out of range");
        }
        return seen;
    }
}
