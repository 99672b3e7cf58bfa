package nl.weerbaar.app.security;

import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts from configuration, keyed by username:
 * {@code weerbaar.accounts.<username>.password={bcrypt}...}, {@code .role=CLERK},
 * {@code .official-id=<uuid>} for officials.
 */
@ConfigurationProperties("weerbaar")
public record AccountProperties(Map<String, Account> accounts) {

    public AccountProperties {
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    /** @param password a hash with its encoder prefix, e.g. {@code {bcrypt}$2a$10$...} */
    public record Account(String password, Role role, UUID officialId) {
    }
}
