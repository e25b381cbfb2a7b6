package org.camove.logframe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camove.reports.logframe.LogframeReport;
import org.camove.reports.logframe.LogframeReportData;
import org.camove.reports.logframe.LogframeReportRow;
import org.camove.security.Role;

/** A programme's logframe as a PDF (JasperReports), in the reader's language, from the same view as the page. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER, Role.Names.PARTNER_OFFICER})
public class LogframePdf {

    @EJB
    private LogframeService logframes;

    public Optional<byte[]> render(String programmeCode, Locale locale) {
        return logframes.logframe(programmeCode, locale)
                .map(view -> LogframeReport.renderPdf(
                        new LogframeReportData(view.programmeName(), LocalDate.now(), locale, rows(view, locale))));
    }

    static List<LogframeReportRow> rows(LogframeView view, Locale locale) {
        String indicatorLevel = LogframeReport.indicatorLevelName(locale);
        var rows = new ArrayList<LogframeReportRow>();
        for (var node : view.resultsInOrder()) {
            // the report indents from depth 0; logframe levels count from 1
            rows.add(new LogframeReportRow(node.depth() - 1, node.code(), node.levelName(), node.statement(),
                    false, null, null, null));
            node.indicators().forEach(i -> rows.add(new LogframeReportRow(node.depth(), i.code(), indicatorLevel,
                    i.name(), true, i.unit(), i.baseline(), i.target())));
        }
        return rows;
    }
}
