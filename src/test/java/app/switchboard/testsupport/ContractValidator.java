package app.switchboard.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.RecordedRequest;

/** Checks recorded requests against one of the project's OpenAPI contracts. */
public final class ContractValidator {
    private final OpenApiInteractionValidator validator;
    private final String basePath;

    /**
     * @param resource e.g. {@code der-connect.yaml}
     * @param basePath the path the fake server serves the API under, e.g. {@code /der}
     */
    public ContractValidator(String resource, String basePath) {
        this.basePath = basePath;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(read(resource))
                .withBasePathOverride(basePath).build();
    }

    /** The validation messages for the request; empty when it matches the contract. */
    public List<String> problems(RecordedRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), request.getUrl().encodedPath());
        request.getHeaders().forEach(h -> builder.withHeader(h.getFirst(), h.getSecond()));
        for (String name : request.getUrl().queryParameterNames()) {
            builder.withQueryParam(name, request.getUrl().queryParameterValues(name));
        }
        if (request.getBody() != null && request.getBody().size() > 0) {
            builder.withBody(request.getBody().string(StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validateRequest(builder.build());
        return report.getMessages().stream()
                .map(m -> request.getMethod() + " " + request.getUrl().encodedPath() + ": " + m.getMessage())
                .toList();
    }

    public String basePath() {
        return basePath;
    }

    private static String read(String resource) {
        try (InputStream in = ContractValidator.class.getResourceAsStream("/app/switchboard/api/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
