package app.jointly.infra;

import app.jointly.shared.ApiError;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.JointlyException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.RateLimitedException;
import app.jointly.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns every refusal of the REST API into {"error": code, "message": readable} with the right status. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(JointlyException.class)
    ResponseEntity<ApiError> refused(JointlyException e) {
        HttpStatus status = switch (e) {
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            case TooLargeException ignored -> HttpStatus.CONTENT_TOO_LARGE;
            case RateLimitedException ignored -> HttpStatus.TOO_MANY_REQUESTS;
            case InvalidInputException ignored -> HttpStatus.BAD_REQUEST;
            default -> "unauthorized".equals(e.code()) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(new ApiError(e.code(), e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("stale",
                "Someone else changed this in the meantime. Reload and apply your change again."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> malformed(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JointlyException refusal) {
                return refused(refusal);
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return ResponseEntity.badRequest().body(new ApiError("invalid-type", "The field '"
                        + JsonFieldPath.of(mismatch) + "' must be " + JsonFieldPath.expected(mismatch) + "."));
            }
        }
        return ResponseEntity.badRequest().body(new ApiError("malformed", "The request body is not valid JSON of "
                + "the expected shape."));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid-input", e.getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError("unsupported-media-type", "Send JSON (Content-Type: application/json)."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ApiError("method-not-allowed", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(new ApiError("too-large", "The uploaded file is over the size limit."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badUpload(MultipartException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad-upload",
                "Send the file as multipart/form-data."));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ApiError> noSuchPath(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not-found", "No such API path."));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        log.error("Unexpected error in an API call", e);
        return ResponseEntity.internalServerError()
                .body(new ApiError("internal", "Something went wrong on our side. Try again; if it persists, tell an administrator."));
    }
}
