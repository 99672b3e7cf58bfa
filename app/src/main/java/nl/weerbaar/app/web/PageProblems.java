package nl.weerbaar.app.web;

import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NotPermittedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on pages become the Dutch error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotPermittedException.class)
    ModelAndView notPermitted() {
        return errorPage(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict() {
        return errorPage(HttpStatus.CONFLICT);
    }

    /** Not found (unknown, or someone else's incident) and the like, rendered here rather than by a forward. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException failure) {
        return errorPage(HttpStatus.valueOf(failure.getStatusCode().value()));
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
