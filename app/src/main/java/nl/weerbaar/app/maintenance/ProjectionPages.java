package nl.weerbaar.app.maintenance;

import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ConflictException;
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

    ProjectionPages(ProjectionMaintenance maintenance) {
        this.maintenance = maintenance;
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
    String rebuild(@PathVariable String name, Caller caller, RedirectAttributes redirect) {
        ProjectionApi.requireAdministrator(caller);
        try {
            maintenance.rebuild(name, caller.username())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden."));
            redirect.addFlashAttribute("message", "De projectie " + name + " wordt opnieuw opgebouwd.");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("message", conflict.getMessage());
        }
        return "redirect:/admin/projections";
    }
}
