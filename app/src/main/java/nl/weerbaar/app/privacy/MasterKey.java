package nl.weerbaar.app.privacy;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;

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

    /** Where the key came from (never the key itself), for messages. */
    String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "MasterKey[" + origin + "]";
    }
}
