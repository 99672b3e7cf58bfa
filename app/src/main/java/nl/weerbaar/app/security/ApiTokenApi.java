package nl.weerbaar.app.security;

import java.time.Instant;
import nl.weerbaar.incident.api.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tokens}: exchanges a username and password (HTTP Basic) for a short-lived API token,
 * to send as {@code Authorization: Bearer <token>} on the next calls. A token cannot renew itself, so a
 * stolen one ends with its lifetime.
 */
@RestController
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenAnswer(String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenAnswer issue(Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication) {
            throw new NotPermittedException("Vraag een nieuw token aan met uw gebruikersnaam en wachtwoord.");
        }
        ApiTokens.Issued issued = tokens.issue(authentication.getName());
        return new TokenAnswer(issued.token(), "Bearer", issued.expiresAt());
    }
}
