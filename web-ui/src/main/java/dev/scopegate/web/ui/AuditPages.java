package dev.scopegate.web.ui;

import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.Page.Paging;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.audit.AuditEntry;
import dev.scopegate.scopes.audit.AuditQuery;
import dev.scopegate.scopes.audit.AuditRepository;
import dev.scopegate.scopes.audit.RefusalAudit;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The audit trail page: the same filters, paging and order as {@code GET /api/v1/audit}, behind
 * the same scope. Filters that can't be read are shown beside their field, as typed, with a 400.
 */
@Path("/ui/audit")
@Produces(MediaType.TEXT_HTML)
@RequiresScope("scopegate:audit:read")
@RequestScoped
public class AuditPages {

    private static final String SECTION = "audit";
    private static final String PATH = "/ui/audit";
    private static final String PAGE_SIZE = "50";
    private static final List<String> FILTERS = List.of("from", "to", "actor", "target", "type");

    /**
     * What the time filters accept: a {@code datetime-local} value or a date alone, both in UTC,
     * or an ISO-8601 date and time with an offset, as the API takes it.
     */
    private static final DateTimeFormatter FILTER_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    AuditRepository repository;

    @Inject
    RefusalAudit refusalAudit;

    @Inject
    UiPages pages;

    @Context
    HttpServletResponse servletResponse;

    /**
     * One page of the entries that match, newest first. Refusals summarised in windows that
     * have closed are recorded first, as for the API, so that the page includes them.
     */
    @GET
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actor, @QueryParam("target") String target,
            @QueryParam("type") String type, @QueryParam("page") String page) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Instant> start = time("from", from, errors);
        Optional<Instant> end = time("to", to, errors);
        Filters shown = new Filters(start.map(AuditPages::formValue).orElse(strip(from)),
                end.map(AuditPages::formValue).orElse(strip(to)), strip(actor), strip(target),
                strip(type));

        AuditQuery query = null;
        PageRequest request = null;
        try {
            query = AuditQuery.of(start.map(Instant::toString).orElse(null),
                    end.map(Instant::toString).orElse(null), actor, target, type);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        try {
            request = requirePageInRange(PageRequest.of(page, PAGE_SIZE));
        } catch (InvalidInputException invalid) {
            errors.putAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            return page(400, shown, List.of(), new Paging(0, 0, 0, 0), errors);
        }

        refusalAudit.recordClosedWindows();
        Page<AuditEntry> found = repository.find(query, request);

        return page(200, shown, found.results().stream().map(AuditRow::of).toList(),
                found.paging(), Map.of());
    }

    private Response page(int status, Filters shown, List<AuditRow> entries, Paging paging,
            Map<String, String> errors) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        errors.forEach((property, message) -> {
            if (FILTERS.contains(property)) {
                fieldErrors.put(property, sentence(message));
            } else {
                otherErrors.add(sentence(property + " " + message));
            }
        });

        Map<String, Object> model = new HashMap<>();
        model.put("filters", shown);
        model.put("entries", entries);
        model.put("paging", paging);
        model.put("pagerPath", shown.path());
        model.put("filtered", !shown.path().equals(PATH));
        model.put("errors", fieldErrors);
        model.put("otherErrors", otherErrors);
        return pages.render(servletResponse, status, SECTION, "audit", model);
    }

    /**
     * Reads a time filter; what it can't read goes to {@code errors}, and the rest of the
     * checks are {@link AuditQuery}'s.
     */
    private static Optional<Instant> time(String field, String text,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip().replaceFirst(" ", "T"),
                    FILTER_TIME).toInstant());
        } catch (DateTimeParseException malformed) {
            errors.put(field, "Give a date and time such as 2025-01-31T12:00 (UTC).");
            return Optional.empty();
        }
    }

    /**
     * The page asked for, refused when its first entry lies beyond what a query can skip, as a
     * 400 rather than an arithmetic failure.
     */
    private static PageRequest requirePageInRange(PageRequest request) {
        int lastPage = Integer.MAX_VALUE / request.size();
        if (request.page() > lastPage) {
            throw new InvalidInputException("page", "must be from 0 to " + lastPage);
        }
        return request;
    }

    /** An instant as a {@code datetime-local} field shows it, in UTC. */
    private static String formValue(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String sentence(String message) {
        String text = message.strip();
        String capitalised = text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        boolean endsWithWord = !capitalised.isEmpty()
                && Character.isLetterOrDigit(capitalised.charAt(capitalised.length() - 1));
        return endsWithWord ? capitalised + "." : capitalised;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The filters as the form shows them: times in {@code datetime-local} form where valid. */
    public record Filters(String from, String to, String actor, String target, String type) {

        /** This page with these filters, for the pager's links to add the page number to. */
        String path() {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("from", from);
            values.put("to", to);
            values.put("actor", actor);
            values.put("target", target);
            values.put("type", type);
            values.forEach((name, value) -> {
                if (!value.isEmpty()) {
                    query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            return PATH + query;
        }
    }

    /**
     * One audit entry as the page shows it.
     *
     * @param clientAddress where the request came from; {@code null} outside a request
     * @param changes       what changed, one readable line per property
     */
    public record AuditRow(Instant time, String actor, String type, String target,
            String clientAddress, List<String> changes) {

        static AuditRow of(AuditEntry entry) {
            return new AuditRow(entry.occurredAt(), entry.actor(), entry.type(), entry.target(),
                    entry.clientAddress().orElse(null), ReadableChanges.of(entry.changes()));
        }
    }
}
