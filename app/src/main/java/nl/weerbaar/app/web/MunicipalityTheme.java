package nl.weerbaar.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the municipality's theme file ({@link ThemeSettings}) at a fixed address, read from disk on
 * each request so a changed file needs no restart. Browsers keep it an hour and then ask again with
 * the file's modification time (answered 304 when unchanged).
 */
@Controller
class MunicipalityTheme {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityTheme.class);
    static final String PATH = "/css/municipality-theme.css";
    private static final MediaType CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);

    private final ThemeSettings settings;

    MunicipalityTheme(ThemeSettings settings) {
        this.settings = settings;
        if (settings.cssFile() != null && !Files.isReadable(settings.cssFile())) {
            LOG.warn("weerbaar.theme.css-file {} cannot be read: the pages use the default theme", settings.cssFile());
        }
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> css(WebRequest request) throws IOException {
        if (settings.cssFile() == null || !Files.isReadable(settings.cssFile())) {
            return ResponseEntity.notFound().build();
        }
        long modified = Files.getLastModifiedTime(settings.cssFile()).toMillis();
        if (request.checkNotModified(modified)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(CSS)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .lastModified(modified)
                .body(Files.readAllBytes(settings.cssFile()));
    }
}
