package nl.weerbaar.app.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of the audit trail. Each stored event gets a digest (SHA-256 over its position,
 * identifier, aggregate, sequence, types, timestamp, payload bytes and metadata bytes), and each entry a
 * hash over the hash of the entry before it and its own digest. Changing, removing or inserting a row of
 * the event store by hand changes every hash from there on; a recomputation finds the first one.
 *
 * <p>The order is the event stream's (the global index), never the order of processing, so the chain
 * is the same however often it is rebuilt.
 */
final class HashChain {

    /** The "hash before the first entry". */
    static final String START = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    static String digest(StoredEvent event) {
        MessageDigest sha = sha256();
        field(sha, Long.toString(event.globalIndex()));
        field(sha, event.eventIdentifier());
        field(sha, event.aggregateIdentifier());
        field(sha, Long.toString(event.sequenceNumber()));
        field(sha, event.type());
        field(sha, event.payloadType());
        field(sha, event.payloadRevision());
        field(sha, event.timestamp());
        field(sha, event.payload());
        field(sha, event.metaData());
        return HEX.formatHex(sha.digest());
    }

    static String link(String previousHash, String digest) {
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(previousHash));
        sha.update(HEX.parseHex(digest));
        return HEX.formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        field(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, and null distinct from empty, so no two different rows hash alike by shifting bytes. */
    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
