package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.List;
import java.util.Objects;

/** The values filled into one part of an approved template: its header, its body, or one of its buttons. */
public sealed interface TemplateComponent {

    List<TemplateParameter> parameters();

    /** A header holds one variable: a short text, or the image, video or document it shows. */
    record Header(List<TemplateParameter> parameters) implements TemplateComponent {
        public static final int MAX_TEXT_LENGTH = 60;

        public Header {
            parameters = List.copyOf(parameters);
            if (parameters.size() != 1) {
                throw InvalidInput.of("template.header.parameters", "must hold exactly one parameter");
            }
            TemplateParameter only = parameters.get(0);
            if (only instanceof TemplateParameter.Payload) {
                throw InvalidInput.of("template.header.parameters[0]", "must be text or media");
            }
            if (only instanceof TemplateParameter.TextValue text && Text.length(text.text()) > MAX_TEXT_LENGTH) {
                throw InvalidInput.of("template.header.parameters[0].text",
                        "must be at most " + MAX_TEXT_LENGTH + " characters");
            }
        }
    }

    /** The body's variables, {{1}}, {{2}}…, in order. */
    record Body(List<TemplateParameter> parameters) implements TemplateComponent {
        public Body {
            parameters = List.copyOf(parameters);
            for (int i = 0; i < parameters.size(); i++) {
                if (!(parameters.get(i) instanceof TemplateParameter.TextValue)) {
                    throw InvalidInput.of("template.body.parameters[" + i + "]", "must be text");
                }
            }
        }
    }

    /**
     * The value behind the template's button at {@code index}: the payload a quick-reply tap sends back, or the suffix
     * appended to a dynamic URL button.
     */
    record Button(ButtonType type, int index, List<TemplateParameter> parameters) implements TemplateComponent {
        public static final int MAX_INDEX = 9;

        public Button {
            Objects.requireNonNull(type, "type");
            if (index < 0 || index > MAX_INDEX) {
                throw InvalidInput.of("template.buttons.index", "must be between 0 and " + MAX_INDEX);
            }
            parameters = List.copyOf(parameters);
            String field = "template.buttons[" + index + "].parameters";
            if (parameters.size() != 1) {
                throw InvalidInput.of(field, "must hold exactly one parameter");
            }
            boolean fits = type == ButtonType.QUICK_REPLY
                    ? parameters.get(0) instanceof TemplateParameter.Payload
                    : parameters.get(0) instanceof TemplateParameter.TextValue;
            if (!fits) {
                throw InvalidInput.of(field, type == ButtonType.QUICK_REPLY
                        ? "a quick-reply button takes a payload" : "a URL button takes a text suffix");
            }
        }
    }

    enum ButtonType {
        QUICK_REPLY("quick_reply"), URL("url");

        private final String wireName;

        ButtonType(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
