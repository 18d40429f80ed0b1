package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.audit.AuditQuery;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** GET /audit: the audit trail, newest first; for admins only. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class AuditResource {

    private final CallerSource callers;
    private final AuditLog auditLog;

    @Inject
    public AuditResource(CallerSource callers, AuditLog auditLog) {
        this.callers = callers;
        this.auditLog = auditLog;
    }

    @GET
    public List<Map<String, Object>> audit(@QueryParam("limit") @DefaultValue("50") String limitText,
                                           @QueryParam("subjectType") String subjectType,
                                           @QueryParam("subjectKey") String subjectKey,
                                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                                           @QueryParam("from") String from, @QueryParam("until") String until,
                                           @QueryParam("page") String page) {
        nl.mijnaansluiting.servicedesk.access.Caller admin = callers.requireAdmin();
        int limit = parseLimit(limitText);
        if (actor != null || action != null || from != null || until != null || page != null) {
            // the audit page's filters: days in the caller's zone, pages of the given limit
            AuditQuery query = AuditQuery.parse(actor, action, from, until, page, admin.zone());
            return auditLog.find(query.withPageSize(limit), limit).stream().map(AuditResource::toJson).collect(Collectors.toList());
        }
        boolean bySubject = subjectType != null && !subjectType.isBlank();
        if (bySubject && (subjectKey == null || subjectKey.isBlank())) {
            throw ProblemException.badInput("subjectKey", "ma.error.required", "subjectKey");
        }
        List<AuditEvent> events = bySubject ? auditLog.about(subjectType, subjectKey, limit) : auditLog.recent(limit);
        return events.stream().map(AuditResource::toJson).collect(Collectors.toList());
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= AuditLog.MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below with the allowed range
        }
        throw ProblemException.badInput("limit", "ma.error.limit", 1, AuditLog.MAX_PAGE);
    }

    private static Map<String, Object> toJson(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", event.at().toString());
        json.put("actor", event.actor());
        json.put("subjectType", event.subjectType());
        json.put("subjectKey", event.subjectKey());
        json.put("action", event.action());
        json.put("details", event.details());
        return json;
    }
}
