package dev.scopegate.scopes.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of the API. Known refusals keep their status; JSON that can't be read
 * is a 400; anything unexpected is logged with an incident id and answered as a 500 that shows
 * only that id, never a stack trace or an internal message.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        ProblemException problem = problemIn(failure);
        if (problem != null) {
            return Problems.of(problem);
        }
        if (isUnreadableJson(failure)) {
            return Problems.response(400, "urn:scopegate:problem:malformed-json", "Malformed JSON",
                    "The request body is not well-formed JSON.", body -> { });
        }
        if (failure instanceof WebApplicationException web) {
            return fromStatus(web.getResponse());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return Problems.response(500, "about:blank", "Internal Server Error",
                "The server could not complete the request.",
                body -> body.add("incident", incident));
    }

    private static Response fromStatus(Response original) {
        Response.StatusType status = original.getStatusInfo();
        Response problem = Problems.response(status.getStatusCode(), status.getReasonPhrase(),
                detailFor(status.getStatusCode()));
        Response.ResponseBuilder copy = Response.fromResponse(problem);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            copy.header(HttpHeaders.ALLOW, allow);
        }
        return copy.build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address can't answer in any of the accepted media types.";
            case 415 -> "This address does not accept that content type.";
            default -> null;
        };
    }

    /** A refusal of ours, also when a JSON reader wrapped it while reading a body. */
    private static ProblemException problemIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static boolean isUnreadableJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }
}
