package nl.weerbaar.app.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch for everyone unless they choose English with the language switch ({@code ?lang=en}); the
 * choice is kept in a cookie. The browser's own language is deliberately ignored: a Dutch
 * municipality's service speaks Dutch to a visitor whose browser happens to be set to English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = new Locale("nl");
    static final Set<String> LANGUAGES = Set.of("nl", "en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("weerbaar-taal");
        resolver.setDefaultLocale(DUTCH);
        resolver.setDefaultLocaleFunction(request -> DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** {@code ?lang=en} or {@code ?lang=nl}; any other language is Dutch. */
    private static final class LanguageSwitch extends LocaleChangeInterceptor {
        LanguageSwitch() {
            setParamName("lang");
        }

        @Override
        protected Locale parseLocaleValue(String localeValue) {
            Locale chosen = super.parseLocaleValue(localeValue);
            return chosen != null && LANGUAGES.contains(chosen.getLanguage()) ? new Locale(chosen.getLanguage()) : DUTCH;
        }
    }
}
