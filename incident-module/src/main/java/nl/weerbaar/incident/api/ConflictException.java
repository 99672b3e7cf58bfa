package nl.weerbaar.incident.api;

import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;

/**
 * The command contradicts what was already decided (answered as 409); nothing was stored. The message
 * is the API's Dutch sentence; a page shows the same sentence from the bundle ({@link #messageKey()})
 * in the page's language: it resolves itself against a message source
 * ({@code messages.getMessage(conflict, locale)}), falling back to the Dutch sentence.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The bundle key of the message, where there is one. */
    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    @Override
    public String[] getCodes() {
        return messageKey == null ? null : new String[] {messageKey};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
