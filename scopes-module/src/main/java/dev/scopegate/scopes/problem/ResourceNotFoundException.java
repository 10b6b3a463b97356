package dev.scopegate.scopes.problem;

/** A resource named in the path that does not exist: 404. */
public class ResourceNotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String kind, String id) {
        super("No " + kind + " '" + id + "' exists.");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not Found";
    }
}
