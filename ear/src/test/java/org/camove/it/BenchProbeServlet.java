package org.camove.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Benchmark only, in a deployment of its own beside camove (never in the EAR): the server's heap as
 * {@link HeapWatch} sees it. {@code ?reset} collects and starts counting afresh.
 */
@WebServlet("/heap")
public class BenchProbeServlet extends HttpServlet {

    private static final HeapWatch WATCH = HeapWatch.start();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("reset") != null) {
            WATCH.reset();
        }
        response.setContentType("text/plain");
        response.getWriter().printf("maxLiveMb=%d%ncollections=%d%ngcMillis=%d%nheapMaxMb=%d%n",
                WATCH.maxLiveMb(), WATCH.collections(), WATCH.collectionMillis(), HeapWatch.heapMaxMb());
    }

    @Override
    public void destroy() {
        WATCH.close();
    }
}
