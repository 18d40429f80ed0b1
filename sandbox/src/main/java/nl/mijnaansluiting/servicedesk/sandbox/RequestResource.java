package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.TemplateField;
import nl.mijnaansluiting.servicedesk.rest.Bodies;
import nl.mijnaansluiting.servicedesk.sandbox.request.Intake;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sandbox's requests over REST (in Jira these are JSM's own): POST /requests raises one from a
 * template, GET /requests lists the caller's own ("Mijn verzoeken"), GET /requests/queue is the agents'
 * queue, GET /requests/{key} one request, GET and POST /requests/{key}/comments its comments.
 */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public final class RequestResource {

    private final CallerSource callers;
    private final Intake intake;
    private final nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue queue;
    private final nl.mijnaansluiting.servicedesk.text.Messages messages;

    @Inject
    public RequestResource(CallerSource callers, Intake intake, nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue queue,
                           nl.mijnaansluiting.servicedesk.text.Messages messages) {
        this.callers = callers;
        this.intake = intake;
        this.queue = queue;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body) {
        Caller caller = callers.require();
        if (body == null) {
            throw ProblemException.badInput("template", "ma.error.required", "template");
        }
        ServiceRequest request = intake.submit(caller, Bodies.text(body, "template", Bodies.KEY_MAX),
                Bodies.text(body, "organisation", Bodies.KEY_MAX), Bodies.text(body, "onBehalfOf", Bodies.KEY_MAX),
                Bodies.answers(body, "answers", TemplateField.TEXTAREA_MAX));
        return Response.status(201).entity(toJson(request)).build();
    }

    @GET
    public List<Map<String, Object>> mine() {
        return intake.mine(callers.require()).stream().map(RequestResource::toJson).collect(Collectors.toList());
    }

    /**
     * The agents' queue, one page of 50 as the page /queue has it (same filter, sort and paging parameters), each
     * request without its answers but with its goals' lozenges.
     */
    @GET
    @Path("/queue")
    public Map<String, Object> queue(@QueryParam("view") String view, @QueryParam("organisation") String organisation,
                                     @QueryParam("priority") String priority, @QueryParam("resolved") String resolved,
                                     @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                                     @QueryParam("page") String page) {
        Caller caller = callers.require();
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("view", view);
        parameters.put("organisation", organisation);
        parameters.put("priority", priority);
        parameters.put("resolved", resolved);
        parameters.put("sort", sort);
        parameters.put("dir", dir);
        parameters.put("page", page);
        nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue.Page shown =
                queue.page(caller, queue.filter(parameters::get), caller.locale());
        return new QueueView(messages, queue.directory(), queue.portal(), queue.escalations(), queue.schemes())
                .json(shown, caller.locale(), request -> {
                    Map<String, Object> json = toJson(request);
                    json.remove("answers");
                    json.remove("priorityExplanation");
                    return json;
                });
    }

    /** "Verzoeken van mijn organisatie": what colleagues shared with the caller's organisations. */
    @GET
    @Path("/shared")
    public List<Map<String, Object>> shared() {
        return intake.sharedWithMe(callers.require()).stream().map(RequestResource::toJson).collect(Collectors.toList());
    }

    @GET
    @Path("/{key}")
    public Map<String, Object> one(@PathParam("key") String key) {
        Caller caller = callers.require();
        Map<String, Object> json = toJson(intake.read(caller, key));
        if (caller.isStaff()) {
            json.put("assignee", intake.assignee(caller, key).orElse(null));
        }
        return json;
    }

    /** The comments the caller may read: a customer never gets an internal note, not even its existence. */
    @GET
    @Path("/{key}/comments")
    public List<Map<String, Object>> comments(@PathParam("key") String key) {
        Caller caller = callers.require();
        return intake.comments(caller, key).stream().map(c -> {
            Map<String, Object> json = toJson(c);
            if (caller.isStaff()) {
                json.put("internal", c.internal());
            }
            return json;
        }).collect(Collectors.toList());
    }

    /** {"body":"...", "internal":true}: a reply to the customer, or (agents only) an internal note. */
    @POST
    @Path("/{key}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("key") String key, Map<String, Object> body) {
        intake.comment(callers.require(), key, Bodies.text(body, "body", RequestComment.MAX_LENGTH), flag(body, "internal"));
        return Response.status(201).build();
    }

    /** {"assignee":"agent"} gives the request to that agent, {"assignee":null} to nobody: agents only. */
    @PUT
    @Path("/{key}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> assign(@PathParam("key") String key, Map<String, Object> body) {
        Caller caller = callers.require();
        intake.assign(caller, key, Bodies.text(body, "assignee", Bodies.KEY_MAX));
        return one(key);
    }

    /** {"shared":true|false}: the reporter shares the request with their organisation, or stops. */
    @PUT
    @Path("/{key}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> share(@PathParam("key") String key, Map<String, Object> body) {
        return toJson(intake.share(callers.require(), key, flag(body, "shared")));
    }

    /** A yes/no member: absent is no; anything but true or false is refused. */
    private static boolean flag(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            throw ProblemException.badInput(field, "ma.error.not-a-boolean", field);
        }
        return (Boolean) value;
    }

    /** An agent's action: {"action":"take|wait|resume|resolve|reopen"}; answers the request as it is afterwards. */
    @POST
    @Path("/{key}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> act(@PathParam("key") String key, Map<String, Object> body) {
        return toJson(intake.act(callers.require(), key, Bodies.text(body, "action", Bodies.KEY_MAX)));
    }

    static Map<String, Object> toJson(ServiceRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", request.key());
        json.put("template", request.templateKey());
        json.put("organisation", request.organisationKey());
        json.put("reporter", request.reporter());
        json.put("createdBy", request.createdBy());
        json.put("summary", request.summary());
        json.put("status", request.status());
        json.put("answers", request.answers());
        json.put("createdAt", request.createdAt().toString());
        json.put("shared", request.shared());
        request.priority().ifPresent(priority -> {
            json.put("priority", priority.level());
            json.put("slaApplies", priority.slaApplies());
            json.put("priorityExplanation", Map.of("nl", priority.explanation().dutch(), "en", priority.explanation().english()));
        });
        return json;
    }

    private static Map<String, Object> toJson(RequestComment comment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("author", comment.author());
        json.put("body", comment.body());
        json.put("at", comment.at().toString());
        return json;
    }
}
