package nl.weerbaar.app.accesslog;

import java.util.List;
import java.util.Locale;
import nl.weerbaar.app.audit.FilterErrors;
import nl.weerbaar.incident.api.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log's review page for the administrator and the mayor. */
@Controller
class AccessLogPages {

    private static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final MessageSource messages;

    AccessLogPages(AccessLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    /** The filter as typed, so a page with errors shows it back. */
    public record FilterForm(String incident, String user, String from, String to) {
    }

    @GetMapping("/access-log")
    String review(@RequestParam(required = false) String incident, @RequestParam(required = false) String user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, Caller caller, Model model, Locale locale) {
        AccessLogReview.requireReviewer(caller);
        AccessLogReview.Read read = AccessLogReview.filter(log, incident, user, from, to);
        model.addAttribute("filter", new FilterForm(incident, user, from, to));
        model.addAttribute("errors", FilterErrors.of("accessLog", read.violations(), messages, locale));
        if (read.violations().isEmpty()) {
            AccessLog.Page found = log.page(read.filter(), Math.max(0, page), PAGE_SIZE);
            model.addAttribute("items", found.items());
            model.addAttribute("total", found.total());
            model.addAttribute("page", found.page());
            model.addAttribute("pageCount", found.pageCount());
        } else {
            model.addAttribute("items", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 0);
            model.addAttribute("pageCount", 0);
        }
        return "audit/access-log";
    }
}
