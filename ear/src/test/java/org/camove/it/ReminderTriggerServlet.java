package org.camove.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.camove.reporting.ReportingReminders;

/**
 * Test only, in ReportingRemindersIT's own deployment (never in the EAR): runs what the morning timer runs, on
 * the day {@code ?today=2026-04-26} names, and answers how many partners were reminded.
 */
@WebServlet("/send-reminders")
public class ReminderTriggerServlet extends HttpServlet {

    @EJB
    private ReportingReminders reminders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int sent = reminders.sendDue(LocalDate.parse(request.getParameter("today")));
        response.setContentType("text/plain");
        response.getWriter().print(sent);
    }
}
