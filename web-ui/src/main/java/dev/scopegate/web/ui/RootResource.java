package dev.scopegate.web.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The application's root leads browsers to the admin UI. */
@Path("/")
@RequestScoped
public class RootResource {

    @Context
    HttpServletRequest servletRequest;

    @GET
    @PermitAll
    public Response root() {
        return Response.seeOther(URI.create(servletRequest.getContextPath() + "/ui")).build();
    }
}
