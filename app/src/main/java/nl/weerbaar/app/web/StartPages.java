package nl.weerbaar.app.web;

import java.util.List;
import nl.weerbaar.aftercare.api.FindOverdueCaseUpdates;
import nl.weerbaar.aftercare.api.OverdueCaseUpdate;
import nl.weerbaar.incident.api.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (for case handlers with the case updates not passed on to the official in time) and the login page. */
@Controller
class StartPages {

    private final QueryGateway queries;

    StartPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String start(Caller caller, Model model) {
        if (caller.role().isCaseHandler()) {
            List<OverdueCaseUpdate> overdue = queries.query(new FindOverdueCaseUpdates(caller),
                    ResponseTypes.multipleInstancesOf(OverdueCaseUpdate.class)).join();
            model.addAttribute("overdueCaseUpdates", overdue);
        }
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
