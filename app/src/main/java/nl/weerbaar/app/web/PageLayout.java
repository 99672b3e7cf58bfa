package nl.weerbaar.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What layout.html asks on every page, error pages included (they get no controller model):
 * {@code ${@pageLayout.languageSwitch()}}, {@code ${@pageLayout.path()}} (for {@code aria-current}) and the
 * municipality's theme.
 */
@Component("pageLayout")
public class PageLayout {

    private final ThemeSettings theme;

    PageLayout(ThemeSettings theme) {
        this.theme = theme;
    }

    /** The language the switch offers: English on a Dutch page, Dutch on an English one. */
    public String otherLanguage() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "nl" : "en";
    }

    /** This page again in the other language: the same path and query, with {@code lang} replaced. */
    public String languageSwitch() {
        HttpServletRequest request = request();
        if (request == null) {
            return "?lang=" + otherLanguage();
        }
        String uri = attribute(request, RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = attribute(request, RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        return UriComponentsBuilder.fromUriString(query == null ? uri : uri + "?" + query)
                .replaceQueryParam("lang", otherLanguage())
                .build().toUriString();
    }

    /** The path of this page without the context path, so the navigation can mark it {@code aria-current}. */
    public String path() {
        HttpServletRequest request = request();
        if (request == null) {
            return "";
        }
        String uri = attribute(request, RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    public boolean hasMunicipalityTheme() {
        return theme.cssFile() != null;
    }

    /** The classes of the page's {@code <html>}: ours, and the municipality's theme class if it has one. */
    public String themeClasses() {
        return theme.className() == null ? "weerbaar-theme" : "weerbaar-theme " + theme.className();
    }

    private static String attribute(HttpServletRequest request, String name, String otherwise) {
        Object value = request.getAttribute(name);
        return value instanceof String text ? text : otherwise;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
