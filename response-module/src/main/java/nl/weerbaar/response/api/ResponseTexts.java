package nl.weerbaar.response.api;

/** Maximum lengths of the free texts of responses, as stored. */
public final class ResponseTexts {

    public static final int MAX_TEXT = 2_000;
    public static final int MAX_LETTER_PART = 5_000;
    public static final int MAX_SHORT = 300;

    private ResponseTexts() {
    }
}
