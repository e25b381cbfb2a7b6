package org.camove.web.health;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;

/** camove is ready when its database answers and holds a migrated schema: 200 UP, otherwise 503 DOWN. */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {

    private static final String SCHEMA_VERSION_SQL =
            "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank DESC LIMIT 1";

    @Resource(lookup = "java:jboss/datasources/CamoveDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var check = Json.createObjectBuilder().add("name", "camove-database");
        boolean up;
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(SCHEMA_VERSION_SQL);
             var rs = statement.executeQuery()) {
            up = rs.next();
            if (up) {
                check.add("schemaVersion", rs.getString(1))
                        .add("database", connection.getMetaData().getDatabaseProductVersion());
            } else {
                check.add("error", "schema not migrated");
            }
        } catch (SQLException e) {
            up = false;
            check.add("error", e.getMessage());
        }
        String status = up ? "UP" : "DOWN";
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", status)
                .add("checks", Json.createArrayBuilder().add(check.add("status", status)))
                .build().toString());
    }
}
