package nl.weerbaar.app.security;

import java.util.Collection;
import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account: one role, and the official the user is if they hold an office. */
public final class WeerbaarUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final Role role;
    private final OfficialId officialId;

    public WeerbaarUser(String username, String passwordHash, Role role, OfficialId officialId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.officialId = officialId;
    }

    public Role role() {
        return role;
    }

    public OfficialId officialId() {
        return officialId;
    }

    public Caller asCaller() {
        return new Caller(username, role, officialId);
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
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "WeerbaarUser[" + username + ", " + role + "]";
    }
}
