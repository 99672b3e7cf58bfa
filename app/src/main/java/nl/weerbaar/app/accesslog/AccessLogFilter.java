package nl.weerbaar.app.accesslog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.weerbaar.app.security.WeerbaarUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every read (GET or HEAD) that passes through the application's security, whatever module
 * answers it: a page or API added later is logged without code here. Only what is certainly no
 * personal data is left out (the style sheet, the login page, the start page, the public
 * accessibility statement, the caller's own account). It sits in the security filter chain after
 * authentication and before authorization, so it knows who asked and also logs what authorization
 * refused.
 *
 * <p>Not a Spring bean of type {@code Filter}: Boot would then also register it for every request a
 * second time. {@code SecurityConfiguration} creates it.
 */
public class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> NOT_LOGGED = Set.of("/", "/login", "/logout", "/error", "/favicon.ico", "/api/me",
            "/toegankelijkheid");
    private static final Pattern REFERENCE = Pattern.compile("\\d{4}-\\d{4}");
    private static final Set<String> PAGING = Set.of("page", "size");
    private static final Map<String, String> OBJECT_TYPES = Map.of(
            "incidents", "INCIDENT",
            "perpetrators", "PROFILE",
            "interventions", "INTERVENTION",
            "safety-scans", "SAFETY_SCAN",
            "threat-measures", "THREAT_MEASURE",
            "meeting-risk-analyses", "MEETING_RISK_ANALYSIS",
            "norms", "NORM",
            "officials", "OFFICIAL");

    private final AccessLog log;

    public AccessLogFilter(AccessLog log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !READS.contains(request.getMethod()) || NOT_LOGGED.contains(path) || path.startsWith("/css/")
                || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException thrown) {
            failure = thrown;
            throw thrown;
        } finally {
            record(request, response, failure);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        WeerbaarUser user = authentication != null && authentication.getPrincipal() instanceof WeerbaarUser u ? u : null;
        int status = status(response, failure, user);
        String path = path(request);
        List<String> parameterNames = Collections.list(request.getParameterNames());
        String[] object = object(path, request);
        try {
            log.append(new AccessRecord(log.clock().instant(), user == null ? null : user.getUsername(),
                    user == null ? null : user.role().name(), action(path, parameterNames, response),
                    request.getMethod(), path,
                    parameterNames.isEmpty() ? null : parameterNames.stream().sorted().collect(Collectors.joining(",")),
                    object[0], object[1], log.incidentOf(object[0], object[1]), status, result(status),
                    request.getRemoteAddr()));
        } catch (DataAccessException unlogged) {
            LOG.error("A read of {} by {} could not be written to the access log", path,
                    user == null ? "anonymous" : user.getUsername(), unlogged);
        }
    }

    /** A refusal by authorization has not set the status yet when it passes here. */
    private static int status(HttpServletResponse response, Throwable failure, WeerbaarUser user) {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            return user == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        }
        if (failure != null) {
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        return response.getStatus();
    }

    static String result(int status) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            return "DENIED";
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "NOT_FOUND";
        }
        if (status >= 500) {
            return "ERROR";
        }
        return status >= 400 ? "REJECTED" : "OK";
    }

    static String action(String path, List<String> parameterNames, HttpServletResponse response) {
        String type = response.getContentType() == null ? "" : response.getContentType().toLowerCase(Locale.ROOT);
        if (path.endsWith(".pdf") || type.startsWith("application/pdf")) {
            return "PDF_DOWNLOAD";
        }
        if (path.endsWith(".csv") || type.startsWith("text/csv")) {
            return "EXPORT";
        }
        if (parameterNames.stream().anyMatch(name -> !PAGING.contains(name))) {
            return "SEARCH";
        }
        return path.startsWith("/api/") ? "API_READ" : "PAGE_VIEW";
    }

    /**
     * What was read: the first id in the path and the kind of thing before it ({@code /incidents/{id}/...}
     * is that incident); else an incident named by the {@code incident} parameter; else the list read.
     */
    static String[] object(String path, HttpServletRequest request) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals("api")) {
                segments.add(segment);
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            if (AccessLog.isUuid(segments.get(i))) {
                return new String[] {i == 0 ? null : type(segments.get(i - 1)), segments.get(i)};
            }
        }
        String incident = request.getParameter("incident");
        if (incident != null && (AccessLog.isUuid(incident.strip()) || REFERENCE.matcher(incident.strip()).matches())) {
            return new String[] {"INCIDENT", incident.strip()}; // anything else typed there is not kept
        }
        return new String[] {segments.isEmpty() ? null : type(segments.get(0).replaceAll("\\.[a-z]+$", "")), null};
    }

    private static String type(String segment) {
        return OBJECT_TYPES.getOrDefault(segment, segment.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
