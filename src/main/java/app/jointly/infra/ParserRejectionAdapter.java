package app.jointly.infra;

import app.jointly.shared.ApiError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests Tomcat's HTTP parser already refused (a request line or headers over
 * {@code server.max-http-request-header-size}, a malformed request line) with the REST API's JSON instead of an
 * empty 400. Tomcat rejects these before it knows the path, so no valve or filter ever sees them: it hands the
 * connector's adapter a response whose status is already 400, and this wrapper answers it there. Every other
 * request goes to Tomcat's own adapter unchanged.
 */
final class ParserRejectionAdapter implements Adapter {

    private static final Logger log = LoggerFactory.getLogger(ParserRejectionAdapter.class);

    private final Adapter tomcat;
    private final int headerLimitBytes;

    ParserRejectionAdapter(Adapter tomcat, int headerLimitBytes) {
        this.tomcat = tomcat;
        this.headerLimitBytes = headerLimitBytes;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (response.getStatus() != 400 || response.isCommitted()) {
            tomcat.service(request, response);
            return;
        }
        ApiError error = refusal(request);
        log.debug("Parser refused a request: {}", error.message());
        byte[] body = ApiRejections.json(error).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.doWrite(ByteBuffer.wrap(body));
    }

    /**
     * Without a request line Tomcat never read the path: in this API nothing but an id could make a path that long,
     * so the answer is the one an over-long id gets. With a request line it was the headers.
     */
    private ApiError refusal(Request request) {
        int kib = headerLimitBytes / 1024;
        if (request.requestURI().isNull()) {
            return new ApiError("bad-id", "The request line is malformed or longer than " + kib + " KiB, so its "
                    + "path names nothing here: ids are letters, digits, '-' and '_' (at most 64).");
        }
        return new ApiError("too-large", "The request's headers are malformed or longer than " + kib + " KiB.");
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return tomcat.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return tomcat.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        tomcat.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        tomcat.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return tomcat.getDomain();
    }
}
