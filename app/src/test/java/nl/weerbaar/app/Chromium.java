package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the application's pages: headless Chromium and chromedriver from the system (Debian's
 * {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}); Selenium Manager never downloads
 * anything. Where they are missing the calling test is skipped with a message on stdout. One per test class.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    static final Path TARGET = Path.of("target");
    static final Path SCREENSHOTS = TARGET.resolve("browser-screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final String base;

    private Chromium(ChromeDriver driver, Path downloads, String base) {
        this.driver = driver;
        this.downloads = downloads;
        this.base = base;
    }

    /** Starts headless Chromium against the app on this port, or skips the test where no browser is installed. */
    static Chromium start(int port, int width, int height) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String reason = "Browser tests SKIPPED: no " + (Files.isExecutable(BINARY) ? DRIVER : BINARY)
                    + " (install the Debian packages chromium and chromium-driver; .ci/run does)";
            System.out.println("*** " + reason + " ***");
            Assumptions.abort(reason);
        }
        try {
            Path run = TARGET.resolve("chromium").resolve(UUID.randomUUID().toString()).toAbsolutePath();
            Path downloads = Files.createDirectories(run.resolve("downloads"));
            Files.createDirectories(run.resolve("profile"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--lang=en-US", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + run.resolve("profile"));
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("plugins.always_open_pdf_externally", true);
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new Chromium(driver, downloads, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() {
        return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Logs out whoever was in (all cookies gone), opens the path, logs in through the login form, lands on it. */
    void logIn(String username, String path) {
        driver.manage().deleteAllCookies();
        open(path);
        assertThat(driver.getTitle()).isEqualTo("Inloggen - Weerbaar");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        click("Inloggen");
        assertThat(path().replaceFirst("[?&]continue$", "")).isEqualTo(path);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The button with this text (the first on the page), clicked and the next page loaded. */
    void click(String buttonText) {
        WebElement button = button(buttonText);
        WebElement html = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(html));
        } catch (org.openqa.selenium.TimeoutException notSubmitted) {
            // The click reached no button (seen once at phone width): press it the way a script does.
            script("arguments[0].click()", button);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isStale(html));
        }
        waitForLoad();
    }

    WebElement button(String text) {
        List<WebElement> buttons = driver.findElements(By.xpath(
                "//button[normalize-space(.)=" + xpathLiteral(text) + "]"));
        if (buttons.isEmpty()) {
            throw new AssertionError("no button '" + text + "' on " + path());
        }
        return buttons.get(0);
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    void check(String id) {
        WebElement box = byId(id);
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        }
    }

    /** Sets a field's value as the browser would after typing (date and time inputs differ per locale). */
    void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", byId(id), value);
    }

    /**
     * Fills a date and a time field with this minute in the municipality's time zone: a moment that is
     * never in the future, whatever the hour (and the machine's time zone) the tests run at.
     */
    void setToNow(String dateId, String timeId) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.MINUTES);
        set(dateId, now.toLocalDate().toString());
        set(timeId, now.toLocalTime().toString());
    }

    /** The id of the focused element (after the page's autofocus has run). */
    String activeId() {
        return (String) script("return document.activeElement ? document.activeElement.id : null");
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** A full-page PNG under target/browser-screenshots/&lt;flow&gt;/&lt;step&gt;.png. */
    Path screenshot(String flow, String step) {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", Math.min(((Number) size.get("height")).doubleValue(), 16000), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Path file = SCREENSHOTS.resolve(flow).resolve(step + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a download to arrive completely in the download directory and returns it. */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until((WebDriver d) ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            // Stale, or (caught mid-navigation) "Node with given id does not belong to the document".
            return true;
        }
    }

    static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    Dimension windowSize() {
        return driver.manage().window().getSize();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
