package nl.weerbaar.app.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs API tokens: derived from the master key, so all nodes of one installation accept
 * each other's tokens, and rotating the master key ends every token issued before.
 */
public final class TokenSigningKey {

    private final SecretKey key;

    TokenSigningKey(byte[] material) {
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    public SecretKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "TokenSigningKey[derived]";
    }
}
