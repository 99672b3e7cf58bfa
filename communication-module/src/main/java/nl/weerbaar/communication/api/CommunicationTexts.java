package nl.weerbaar.communication.api;

/** Maximum lengths of the free texts of communication, as stored; and the codes of its own broken rules. */
public final class CommunicationTexts {

    public static final int MAX_TEXT = 2_000;
    public static final int MAX_SHORT = 500;

    /** The official's agreement is required for every communication decision. */
    public static final String AGREEMENT_REQUIRED = "agreementRequired";
    /** The official takes part in every communication decision about them. */
    public static final String OFFICIAL_MUST_TAKE_PART = "officialMustTakePart";
    /** The mayor and the clerk or the secretary decide together with the official. */
    public static final String NOT_JOINT = "notJoint";
    /** A date before the decision, request or approval it follows. */
    public static final String TOO_EARLY = "tooEarly";

    private CommunicationTexts() {
    }
}
