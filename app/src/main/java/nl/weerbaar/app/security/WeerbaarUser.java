package nl.weerbaar.app.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account: one role, and the official the user is if they hold an office. A logged-in user is kept
 * in the shared session table (Java serialization, so every field is serializable); the password hash
 * is erased once the login succeeded, so it never lands there.
 */
public final class WeerbaarUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final Role role;
    private final UUID officialId;

    public WeerbaarUser(String username, String passwordHash, Role role, OfficialId officialId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.officialId = officialId == null ? null : officialId.value();
    }

    public Role role() {
        return role;
    }

    public OfficialId officialId() {
        return officialId == null ? null : new OfficialId(officialId);
    }

    public Caller asCaller() {
        return new Caller(username, role, officialId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "WeerbaarUser[" + username + ", " + role + "]";
    }
}
