package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The costly actions of the platform and their platform-default prices (module requirements §6.5). A price is
 * per {@link #unitSize()} units: a campaign send of 250 recipients at 3 tokens per 100 costs 7.5 tokens.
 * Where the requirements give a range, the default sits inside it and organisations may be given another price.
 */
public enum BillableAction {
    CAMPAIGN_SEND("campaign_send", "Campaign send", 100, "recipients", TokenAmount.ofTokens(3)),
    BROADCAST("broadcast", "Broadcast", 1_000, "recipients", TokenAmount.ofTokens(5)),
    AI_SURVEY_GENERATION("ai_survey_generation", "AI survey generation", 1, "surveys", TokenAmount.ofTokens(2)),
    AI_INSIGHT_REPORT("ai_insight_report", "AI insight report", 1, "reports", TokenAmount.ofTokens(15)),
    VOICE_NOTE_TRANSCRIPTION("voice_note_transcription", "Voice note transcription", 1, "files", TokenAmount.ofTokens(2)),
    IMAGE_ANALYSIS("image_analysis", "Image analysis", 1, "images", TokenAmount.ofTokens(2)),
    HYPECARD_BASIC("hypecard_basic", "HypeCard generation (basic)", 1, "cards", TokenAmount.ofTokens(2)),
    HYPECARD_AI_BACKGROUND("hypecard_ai_background", "HypeCard with AI background", 1, "cards", TokenAmount.ofTokens(5)),
    PHOTO_ENHANCEMENT("photo_enhancement", "Photo enhancement", 1, "photos", TokenAmount.ofTokens(1)),
    DAILY_ANALYTICS("daily_analytics", "Daily analytics dashboard", 1, "days", TokenAmount.ofTokens(1));

    private final String code;
    private final String title;
    private final long unitSize;
    private final String unit;
    private final TokenAmount platformPrice;

    BillableAction(String code, String title, long unitSize, String unit, TokenAmount platformPrice) {
        this.code = code;
        this.title = title;
        this.unitSize = unitSize;
        this.unit = unit;
        this.platformPrice = platformPrice;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** How many units one price covers: 100 recipients for a campaign send, 1 for a report. */
    public long unitSize() {
        return unitSize;
    }

    /** What is counted: recipients, files, cards… */
    public String unit() {
        return unit;
    }

    public TokenAmount platformPrice() {
        return platformPrice;
    }

    public static BillableAction parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unknown action '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(BillableAction::code).collect(Collectors.joining(", "))));
    }

    public static BillableAction fromCode(String code) {
        return parse("action", code);
    }
}
