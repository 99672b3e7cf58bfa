package nl.weerbaar.incident.query;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.weerbaar.incident.api.PersonalData;

/**
 * How a name or handle is compared: lower case, accents removed, white space collapsed, a leading
 * {@code @} dropped. So "Jósé Jansen" and "jose  jansen" are one key, and "@Piet" matches "piet".
 */
final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {
    }

    /** The key of a text, or {@code null} when it gives nothing to find (absent, blank, erased). */
    static String of(String text) {
        if (text == null || text.equals(PersonalData.ERASED)) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String key = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (key.startsWith("@")) {
            key = key.substring(1).strip();
        }
        return key.isEmpty() ? null : key;
    }

    /** The distinct keys of some texts, in their order. */
    static Set<String> of(Collection<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        texts.stream().map(SearchKey::of).filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }
}
