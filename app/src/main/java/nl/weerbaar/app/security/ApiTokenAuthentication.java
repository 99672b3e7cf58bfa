package nl.weerbaar.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller authenticated by an API token rather than a password: may not mint new tokens with it. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final WeerbaarUser user;

    ApiTokenAuthentication(WeerbaarUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public WeerbaarUser getPrincipal() {
        return user;
    }
}
