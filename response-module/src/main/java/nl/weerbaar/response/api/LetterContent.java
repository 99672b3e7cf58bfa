package nl.weerbaar.response.api;

import java.util.List;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.incident.api.RuleViolation;

/**
 * A corrective letter: the behaviour, its impact, the consequences if it happens again (the three
 * elements the protocol requires), and to whom it goes.
 *
 * @param recipientAddress optional: a letter may be handed over
 */
public record LetterContent(String behaviour, String impact, String consequences, String recipientName,
        String recipientAddress) {

    public void check(List<RuleViolation> violations) {
        Texts.require(violations, "behaviour", behaviour, ResponseTexts.MAX_LETTER_PART);
        Texts.require(violations, "impact", impact, ResponseTexts.MAX_LETTER_PART);
        Texts.require(violations, "consequences", consequences, ResponseTexts.MAX_LETTER_PART);
        Texts.require(violations, "recipientName", recipientName, ResponseTexts.MAX_SHORT);
        Texts.limit(violations, "recipientAddress", recipientAddress, ResponseTexts.MAX_SHORT);
    }

    public LetterContent normalized() {
        return new LetterContent(Texts.normalize(behaviour), Texts.normalize(impact), Texts.normalize(consequences),
                Texts.normalize(recipientName), Texts.normalize(recipientAddress));
    }
}
