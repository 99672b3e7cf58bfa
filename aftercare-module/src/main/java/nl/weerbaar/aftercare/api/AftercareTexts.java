package nl.weerbaar.aftercare.api;

/** Maximum lengths of the free texts of aftercare, as stored. */
public final class AftercareTexts {

    public static final int MAX_TEXT = 2_000;
    public static final int MAX_SHORT = 300;

    private AftercareTexts() {
    }
}
