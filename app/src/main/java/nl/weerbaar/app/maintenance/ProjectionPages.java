package nl.weerbaar.app.maintenance;

import java.util.Locale;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page: every projection, a button to rebuild it, and the progress while that runs. */
@Controller
class ProjectionPages {

    private final ProjectionMaintenance maintenance;
    private final MessageSource messages;

    ProjectionPages(ProjectionMaintenance maintenance, MessageSource messages) {
        this.maintenance = maintenance;
        this.messages = messages;
    }

    @GetMapping("/admin/projections")
    String list(Caller caller, Model model) {
        ProjectionApi.requireAdministrator(caller);
        var projections = maintenance.all();
        model.addAttribute("projections", projections);
        model.addAttribute("rebuilding", projections.stream().anyMatch(ProjectionStatus::rebuilding));
        return "maintenance/projections";
    }

    @PostMapping("/admin/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, Caller caller, RedirectAttributes redirect, Locale locale) {
        ProjectionApi.requireAdministrator(caller);
        try {
            maintenance.rebuild(name, caller.username())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden."));
            redirect.addFlashAttribute("message",
                    messages.getMessage("maintenance.rebuild.started", new Object[] {name}, locale));
        } catch (ConflictException alreadyRunning) {
            redirect.addFlashAttribute("message",
                    messages.getMessage("maintenance.rebuild.alreadyRunning", null, locale));
        }
        return "redirect:/admin/projections";
    }
}
