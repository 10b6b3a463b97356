package dev.scopegate.web.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/** The UI's own style sheet and script: served by the app, so it works without a network. */
@Path("/ui/assets")
@PermitAll
@RequestScoped
public class AssetResource {

    private static final Map<String, String> ASSETS = Map.of(
            "app.css", "text/css; charset=UTF-8",
            "app.js", "text/javascript; charset=UTF-8");

    @GET
    @Path("/{name}")
    public Response asset(@PathParam("name") String name) {
        String type = ASSETS.get(name);
        InputStream content = type == null ? null
                : AssetResource.class.getClassLoader().getResourceAsStream("assets/" + name);
        if (content == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, type).cacheControl(cache).build();
    }
}
