package nl.weerbaar.app.accesslog;

import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log for review: per incident (id or reference), per user, per period; newest first. */
@RestController
public class AccessLogApi {

    private static final int MAX_SIZE = 500;

    private final AccessLog log;

    AccessLogApi(AccessLog log) {
        this.log = log;
    }

    public record Page(List<AccessRecord> items, long total, int page, int size) {
    }

    @GetMapping("/api/access-log")
    Page review(@RequestParam(required = false) String incident, @RequestParam(required = false) String user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
        AccessLogReview.requireReviewer(caller);
        AccessLogReview.Read read = AccessLogReview.filter(log, incident, user, from, to);
        if (!read.violations().isEmpty()) {
            throw new RuleViolationException("accessLog", read.violations());
        }
        AccessLog.Page found = log.page(read.filter(), Math.max(0, page), Math.min(Math.max(1, size), MAX_SIZE));
        return new Page(found.items(), found.total(), found.page(), found.size());
    }
}
