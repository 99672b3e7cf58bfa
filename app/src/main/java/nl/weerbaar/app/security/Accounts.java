package nl.weerbaar.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.OfficialId;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Every account that may log in: the configured ones, plus the demo accounts when the demo profile runs. */
class Accounts implements UserDetailsService {

    private final Map<String, WeerbaarUser> users = new LinkedHashMap<>();

    Accounts(AccountProperties properties, List<WeerbaarUser> extraUsers) {
        properties.accounts().forEach((username, account) -> users.put(username, new WeerbaarUser(username,
                account.password(), account.role(),
                account.officialId() == null ? null : new OfficialId(account.officialId()))));
        extraUsers.forEach(user -> users.putIfAbsent(user.getUsername(), user));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        WeerbaarUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such account");
        }
        // A copy: Spring Security erases the password of the instance it authenticates.
        return new WeerbaarUser(user.getUsername(), user.getPassword(), user.role(), user.officialId());
    }
}
