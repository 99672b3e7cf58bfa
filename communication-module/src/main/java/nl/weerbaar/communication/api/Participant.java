package nl.weerbaar.communication.api;

/**
 * Who took part in a communication decision. The protocol has it made jointly by the mayor, the clerk
 * or the secretary, and the affected official.
 */
public enum Participant {
    MAYOR,
    CLERK,
    MUNICIPAL_SECRETARY,
    OFFICIAL
}
