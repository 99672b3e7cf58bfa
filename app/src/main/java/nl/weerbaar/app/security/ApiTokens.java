package nl.weerbaar.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import nl.weerbaar.app.privacy.TokenSigningKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed API tokens: {@code base64url(v1|expiry|username).base64url(HMAC-SHA256)}. Verifying
 * one costs a hash over a few bytes instead of a password hash (bcrypt: tens of milliseconds), which on
 * a small machine is the difference between dozens and thousands of API requests a second. The token
 * holds no role: the account is looked up on every request, so a changed or removed account counts at once.
 */
@Component
class ApiTokens {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final TokenSigningKey key;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(TokenSigningKey key, Clock clock,
            @Value("${weerbaar.api-tokens.lifetime:8h}") Duration lifetime) {
        this.key = key;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(String username) {
        // whole seconds: the expiry in the token and the one answered are the same instant
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        byte[] payload = (VERSION + "|" + expiresAt.getEpochSecond() + "|" + username)
                .getBytes(StandardCharsets.UTF_8);
        return new Issued(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload)), expiresAt);
    }

    /** The username of a token that is genuine and not expired; empty for anything else. */
    Optional<String> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        return clock.instant().isBefore(expiresAt) ? Optional.of(parts[2]) : Optional.empty();
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
