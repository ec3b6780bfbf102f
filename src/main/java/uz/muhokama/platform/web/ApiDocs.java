package uz.muhokama.platform.web;

/**
 * What the OpenAPI document says the same way for many operations, named once so that each resource states
 * only what is its own: who may call it ({@link #BEARER}) and the answers peculiar to it. The rest is added
 * to every operation of a kind by {@link ApiDocumentFilter}: {@code security: []} where nothing is declared
 * (anyone may call it), 401 where sign-in is required, 400 and 415 where a body is read, 400 where query
 * parameters are read, 404 where a path names something, 406 everywhere, and the {@code Problem} body of every error.
 *
 * <p>Declaring access on an operation:
 * <ul>
 * <li>signed in: {@code @SecurityRequirement(name = ApiDocs.BEARER)};</li>
 * <li>anyone, answering more to a signed-in caller: {@code @SecurityRequirementsSet(@SecurityRequirement(name =
 * ApiDocs.BEARER)) @SecurityRequirementsSet} (bearer, or nothing: documented as {@code security: []} with
 * {@link #OPTIONAL_SECURITY});</li>
 * <li>anyone: nothing.</li>
 * </ul>
 */
public final class ApiDocs {

    /** The security scheme: {@code Authorization: Bearer <token>} from {@code POST /api/v1/tokens}. */
    public static final String BEARER = "bearer";

    /**
     * The extension naming the credentials an operation open to anyone reads when they are sent ("bearer, or
     * nothing"), shaped as {@code security}: {@code [{"bearer":[]}]}. The operation itself states
     * {@code security: []}; see {@link ApiDocumentFilter} for why not {@code [{"bearer":[]},{}]}.
     */
    public static final String OPTIONAL_SECURITY = "x-optional-security";

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** Component names of the problem body and of one rejected field in it. */
    public static final String PROBLEM = "Problem";

    public static final String PROBLEM_FIELD = "ProblemFieldError";

    /** Component names of the answers the filter adds by kind. */
    public static final String BAD_REQUEST = "BadRequest";

    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    /**
     * The answer a {@link Conditional} operation declares, {@code @APIResponse(responseCode = "304", description =
     * NOT_MODIFIED_ANSWER)}; the filter makes it the shared {@link #NOT_MODIFIED} and adds the validator and
     * caching headers to the operation's success.
     */
    public static final String NOT_MODIFIED_ANSWER = "Not modified: If-None-Match named the current ETag; no body";

    public static final String NOT_MODIFIED = "NotModified";

    private ApiDocs() {}
}
