package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A template's parts within WhatsApp's limits, its variables numbered without gaps, filled from a contact. */
class MessageTemplateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static TemplateLayout body(String body) {
        return new TemplateLayout(Optional.empty(), body, Optional.empty(), List.of());
    }

    private static MessageTemplate template(String body, String... variables) {
        return new MessageTemplate(new TemplateId(UUID.randomUUID()), new TemplateName("order_update"),
                new LanguageCode("en"), TemplateCategory.UTILITY, body(body),
                List.of(variables).stream().map(ContactField::new).toList(), TemplateStatus.APPROVED, NOW, NOW);
    }

    private static void refused(ThrowingCallable build, String field, String messagePart) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(messagePart);
        });
    }

    @Test
    void variablesAreCountedOnceEachAndRenderedWhereverTheyAppear() {
        TemplateLayout layout = body("Hi {{1}}, order {{2}} ships today. Thanks, {{1}}!");

        assertThat(layout.variableCount()).isEqualTo(2);
        assertThat(layout.render(List.of("Amina", "A-7"))).isEqualTo("Hi Amina, order A-7 ships today. Thanks, Amina!");
        assertThat(body("No variables here").render(List.of())).isEqualTo("No variables here");
    }

    @Test
    void valuesAreTakenLiterallyEvenWhenTheyLookLikeReplacementSyntax() {
        assertThat(body("Pay {{1}}").render(List.of("$1 \\ 5"))).isEqualTo("Pay $1 \\ 5");
    }

    @Test
    void variablesMustBeNumberedFromOneWithoutGaps() {
        refused(() -> body("Hi {{1}}, code {{3}}"), "components.body", "{{2}} is missing");
        refused(() -> body("Hi {{2}}"), "components.body", "{{1}} is missing");
    }

    @Test
    void partsAreBoundedAsWhatsAppBoundsThem() {
        refused(() -> body("x".repeat(1025)), "components.body", "1024");
        refused(() -> body(" "), "components.body", "is required");
        refused(() -> new TemplateLayout(Optional.of("h".repeat(61)), "Hi", Optional.empty(), List.of()),
                "components.header", "60");
        refused(() -> new TemplateLayout(Optional.empty(), "Hi", Optional.empty(), List.of("A button label far too long")),
                "components.buttons[0]", "25");
        refused(() -> new TemplateLayout(Optional.empty(), "Hi", Optional.empty(),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")), "components.buttons", "10");
    }

    @Test
    void renderingNeedsOneValuePerVariable() {
        refused(() -> body("Hi {{1}} {{2}}").render(List.of("only one")), "parameters", "2 values");
    }

    @Test
    void everyVariableNamesTheContactFieldThatFillsIt() {
        refused(() -> template("Hi {{1}} {{2}}", "name"), "variables", "must name 2");
        refused(() -> new ContactField("email"), "variable", "name, phone or custom.<field>");
    }

    @Test
    void aContactsFieldsFillTheVariables() {
        MessageTemplate t = template("Hi {{1}}, your seat is {{2}} ({{3}})", "name", "custom.seat", "phone");
        ContactDetails contact = contact(Optional.of("Juma"), Map.of("seat", "B12"));

        assertThat(t.render(t.valuesFor(contact))).isEqualTo("Hi Juma, your seat is B12 (+254712345678)");
        refused(() -> t.valuesFor(contact(Optional.empty(), Map.of("seat", "B12"))), "variables[0]", "no name");
    }

    @Test
    void theContentSentCarriesTheValuesAsBodyParameters() {
        OutboundContent.Template content = template("Hi {{1}}", "name").toContent(List.of("Juma"));

        assertThat(content.isFreeForm()).isFalse();
        assertThat(content.name().value()).isEqualTo("order_update");
        assertThat(content.components()).containsExactly(
                new TemplateComponent.Body(List.of(new TemplateParameter.TextValue("Juma"))));
        assertThat(template("Hello").toContent(List.of()).components()).isEmpty();
    }

    private static ContactDetails contact(Optional<String> name, Map<String, String> fields) {
        return new ContactDetails(new ContactId(UUID.randomUUID()), Optional.of(new PhoneNumber("+254712345678")),
                Optional.empty(), new ContactProfile(name, Optional.empty(), Set.of(), fields, Optional.empty()),
                false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), NOW, NOW);
    }
}
