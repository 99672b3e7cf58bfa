package nl.weerbaar.app.report.calculation;

import java.util.Set;
import nl.weerbaar.response.api.CriminalComplaintFiled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionType;

/**
 * Police and justice: police reports and criminal complaints decided in the period (when chosen), and
 * criminal complaints the municipality filed with the police in the period (the day it filed).
 */
final class PoliceFigure implements ReportFigure {

    private final Tally tally = new Tally()
            .category("policeReports", "report.row.policeReports")
            .category("criminalComplaints", "report.row.criminalComplaints")
            .category("complaintsFiled", "report.row.complaintsFiled");

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(InterventionChosen.class, CriminalComplaintFiled.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof InterventionChosen chosen && (chosen.type() == InterventionType.POLICE_REPORT
                || chosen.type() == InterventionType.CRIMINAL_COMPLAINT)) {
            IncidentIndex.Facts facts = context.incidents().of(chosen.incidentId().value());
            if (facts != null) {
                tally.add(chosen.type() == InterventionType.POLICE_REPORT ? "policeReports" : "criminalComplaints",
                        context.periods().indexOf(chosen.chosenAt()), facts.kind());
            }
        } else if (event instanceof CriminalComplaintFiled filed) {
            IncidentIndex.Facts facts = context.incidents().of(filed.incidentId().value());
            if (facts != null) {
                tally.add("complaintsFiled", context.periods().indexOf(filed.filedOn()), facts.kind());
            }
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("police", tally);
    }
}
