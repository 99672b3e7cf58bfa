package nl.weerbaar.app.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The key that wraps every data key. It never leaves memory and is never stored with the data. */
final class MasterKey {

    private final SecretKey key;
    private final String origin;

    MasterKey(SecretKey key, String origin) {
        this.key = key;
        this.origin = origin;
    }

    byte[] wrap(SecretKey dataKey, String subject) {
        return seal(dataKey.getEncoded(), "data-key:" + subject);
    }

    SecretKey unwrap(byte[] wrapped, String subject) throws GeneralSecurityException {
        return Aes.key(open(wrapped, "data-key:" + subject));
    }

    byte[] seal(byte[] plaintext, String purpose) {
        return Aes.encrypt(key, plaintext, purpose);
    }

    /** @throws GeneralSecurityException when this is not the key that sealed it */
    byte[] open(byte[] sealed, String purpose) throws GeneralSecurityException {
        return Aes.decrypt(key, sealed, purpose);
    }

    /**
     * A key for another purpose, derived from this one (HMAC-SHA256 over the purpose), so every node
     * sharing the master key shares it without a second secret to distribute.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }

    /** Where the key came from (never the key itself), for messages. */
    String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "MasterKey[" + origin + "]";
    }
}
