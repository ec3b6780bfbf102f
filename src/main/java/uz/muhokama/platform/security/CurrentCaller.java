package uz.muhokama.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import uz.muhokama.platform.error.Forbidden;
import uz.muhokama.platform.error.NotSignedIn;

/** Who is asking, for services that check roles on the server for every action. */
@RequestScoped
public class CurrentCaller {

    static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    public Optional<Caller> get() {
        Object caller = request.getAttribute(REQUEST_ATTRIBUTE);
        return caller instanceof Caller c ? Optional.of(c) : Optional.empty();
    }

    public Caller require() {
        return get().orElseThrow(NotSignedIn::new);
    }

    /** The caller, if they hold at least one of the roles; 401 when anonymous, 403 otherwise. */
    public Caller requireAny(Role... roles) {
        Caller caller = require();
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw new Forbidden();
        }
        return caller;
    }
}
