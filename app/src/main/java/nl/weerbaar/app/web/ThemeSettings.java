package nl.weerbaar.app.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The municipality's own look, in one file: {@code weerbaar.theme.css-file} is a CSS file of NL Design
 * System design tokens (custom properties such as {@code --utrecht-button-primary-action-background-color})
 * served at {@code /css/municipality-theme.css} after the default theme; {@code weerbaar.theme.class-name}
 * is the class its selector uses (e.g. {@code utrecht-theme}) when that is not {@code :root}.
 */
@ConfigurationProperties("weerbaar.theme")
public record ThemeSettings(Path cssFile, String className) {

    public ThemeSettings {
        className = StringUtils.hasText(className) ? className.trim() : null;
    }
}
